"""Translations of the default taxonomy into the site's other languages, and each default
language's own name.

Wording follows social work's plain, respectful usage in each language: people first
("People with disabilities", "Люди з інвалідністю"), no labels that reduce people to a status.
District names are proper names, read as on street signs and maps; only the descriptive
"Zentrum" is translated, the others fall back to German. Terms are matched by slug; a
translation a coordinator already changed in the admin is kept.
"""

from django.db import migrations

# slug: (en, ar, fa, uk, ru, tr)
CODES = ("en", "ar", "fa", "uk", "ru", "tr")

TARGET_GROUPS = {
    "kinder": ("Children", "الأطفال", "کودکان", "Діти", "Дети", "Çocuklar"),
    "jugendliche": ("Teenagers", "اليافعون واليافعات", "نوجوانان", "Підлітки", "Подростки", "Gençler"),
    "junge-erwachsene": (
        "Young adults",
        "الشباب البالغون",
        "جوانان",
        "Молоді дорослі",
        "Молодые взрослые",
        "Genç yetişkinler",
    ),
    "familien": ("Families", "العائلات", "خانواده‌ها", "Сім'ї", "Семьи", "Aileler"),
    "eltern": ("Parents", "الآباء والأمهات", "والدین", "Батьки", "Родители", "Ebeveynler"),
    "frauen": ("Women", "النساء", "زنان", "Жінки", "Женщины", "Kadınlar"),
    "maedchen": ("Girls", "الفتيات", "دختران", "Дівчата", "Девочки", "Kızlar"),
    "maenner": ("Men", "الرجال", "مردان", "Чоловіки", "Мужчины", "Erkekler"),
    "senior-innen": (
        "Older people",
        "كبار السن",
        "سالمندان",
        "Люди похилого віку",
        "Пожилые люди",
        "Yaşlılar",
    ),
    "migrant-innen": (
        "Migrants",
        "المهاجرون والمهاجرات",
        "مهاجران",
        "Мігранти й мігрантки",
        "Мигранты и мигрантки",
        "Göçmenler",
    ),
    "gefluechtete": (
        "Refugees",
        "اللاجئون واللاجئات",
        "پناه‌جویان",
        "Біженці",
        "Беженцы",
        "Mülteciler",
    ),
    "bipoc": (
        "BIPoC",
        "الأشخاص السود والسكان الأصليون والملوّنون (BIPoC)",
        "سیاه‌پوستان، بومیان و رنگین‌پوستان (BIPoC)",
        "BIPoC",
        "BIPoC",
        "BIPoC",
    ),
    "menschen-mit-behinderung": (
        "People with disabilities",
        "الأشخاص ذوو الإعاقة",
        "افراد دارای معلولیت",
        "Люди з інвалідністю",
        "Люди с инвалидностью",
        "Engelli bireyler",
    ),
    "nachbarschaft": (
        "Neighbourhood / everyone",
        "الجيران / الجميع",
        "همسایگان / همه",
        "Сусіди / усі",
        "Соседи / все",
        "Komşular / herkes",
    ),
    "fachkraefte": (
        "Professionals",
        "المختصون والمختصات",
        "متخصصان",
        "Фахівці",
        "Специалисты",
        "Uzman çalışanlar",
    ),
}

TOPICS = {
    "bildung": ("Education", "التعليم", "آموزش", "Освіта", "Образование", "Eğitim"),
    "lernen": (
        "Homework help & learning",
        "المساعدة في الواجبات المدرسية والتعلّم",
        "کمک در تکالیف و یادگیری",
        "Допомога з домашніми завданнями та навчання",
        "Помощь с домашними заданиями и учёба",
        "Ödev yardımı ve öğrenme",
    ),
    "sprache": (
        "Language & German courses",
        "اللغة ودورات اللغة الألمانية",
        "زبان و کلاس‌های زبان آلمانی",
        "Мова та курси німецької",
        "Язык и курсы немецкого",
        "Dil ve Almanca kursları",
    ),
    "beratung": ("Advice & counselling", "الاستشارة", "مشاوره", "Консультації", "Консультации", "Danışmanlık"),
    "gesundheit": ("Health", "الصحة", "سلامت", "Здоров'я", "Здоровье", "Sağlık"),
    "familie": (
        "Family & child protection",
        "الأسرة وحماية الطفل",
        "خانواده و حمایت از کودکان",
        "Сім'я та захист дітей",
        "Семья и защита детей",
        "Aile ve çocuk koruma",
    ),
    "freizeit": ("Leisure", "أوقات الفراغ", "اوقات فراغت", "Дозвілля", "Досуг", "Boş zaman"),
    "kultur": ("Culture", "الثقافة", "فرهنگ", "Культура", "Культура", "Kültür"),
    "sport": (
        "Sport & exercise",
        "الرياضة والحركة",
        "ورزش و تحرک",
        "Спорт і рух",
        "Спорт и движение",
        "Spor ve hareket",
    ),
    "arbeit": (
        "Work & vocational training",
        "العمل والتدريب المهني",
        "کار و آموزش حرفه‌ای",
        "Робота та професійне навчання",
        "Работа и профессиональное обучение",
        "İş ve meslek eğitimi",
    ),
    "nachbarschaft": (
        "Neighbourhood & meeting people",
        "الجيرة واللقاءات",
        "همسایگی و دیدار",
        "Сусідство та зустрічі",
        "Соседство и встречи",
        "Komşuluk ve buluşma",
    ),
    "ernaehrung": ("Food & nutrition", "التغذية", "تغذیه", "Харчування", "Питание", "Beslenme"),
    "umwelt": (
        "Environment & climate",
        "البيئة والمناخ",
        "محیط زیست و اقلیم",
        "Довкілля та клімат",
        "Окружающая среда и климат",
        "Çevre ve iklim",
    ),
    "teilhabe": (
        "Participation & democracy",
        "المشاركة والديمقراطية",
        "مشارکت و دموکراسی",
        "Участь і демократія",
        "Участие и демократия",
        "Katılım ve demokrasi",
    ),
}

# slug: ((en, ar, fa, uk, ru, tr), own name)
LANGUAGES = {
    "de": (("German", "الألمانية", "آلمانی", "Німецька", "Немецкий", "Almanca"), "Deutsch"),
    "en": (("English", "الإنجليزية", "انگلیسی", "Англійська", "Английский", "İngilizce"), "English"),
    "ar": (("Arabic", "العربية", "عربی", "Арабська", "Арабский", "Arapça"), "العربية"),
    "fa": (
        (
            "Persian (Farsi/Dari)",
            "الفارسية (فارسي/دري)",
            "فارسی (فارسی/دری)",
            "Перська (фарсі/дарі)",
            "Персидский (фарси/дари)",
            "Farsça (Farsi/Dari)",
        ),
        "فارسی / دری",
    ),
    "uk": (("Ukrainian", "الأوكرانية", "اوکراینی", "Українська", "Украинский", "Ukraynaca"), "Українська"),
    "ru": (("Russian", "الروسية", "روسی", "Російська", "Русский", "Rusça"), "Русский"),
    "tr": (("Turkish", "التركية", "ترکی", "Турецька", "Турецкий", "Türkçe"), "Türkçe"),
    "ku": (("Kurdish", "الكردية", "کردی", "Курдська", "Курдский", "Kürtçe"), "Kurdî / کوردی"),
    "fr": (("French", "الفرنسية", "فرانسوی", "Французька", "Французский", "Fransızca"), "Français"),
    "es": (("Spanish", "الإسبانية", "اسپانیایی", "Іспанська", "Испанский", "İspanyolca"), "Español"),
    "vi": (("Vietnamese", "الفيتنامية", "ویتنامی", "В'єтнамська", "Вьетнамский", "Vietnamca"), "Tiếng Việt"),
    "ro": (("Romanian", "الرومانية", "رومانیایی", "Румунська", "Румынский", "Rumence"), "Română"),
    "bg": (("Bulgarian", "البلغارية", "بلغاری", "Болгарська", "Болгарский", "Bulgarca"), "Български"),
    "pl": (("Polish", "البولندية", "لهستانی", "Польська", "Польский", "Lehçe"), "Polski"),
    "ti": (("Tigrinya", "التغرينية", "تیگرینیا", "Тигринья", "Тигринья", "Tigrinyaca"), "ትግርኛ"),
    "so": (("Somali", "الصومالية", "سومالیایی", "Сомалі", "Сомалийский", "Somalice"), "Soomaali"),
}

DISTRICTS = {
    "leipzig-zentrum": (
        "Leipzig city centre",
        "وسط مدينة لايبزيغ",
        "مرکز شهر لایپزیگ",
        "Центр Лейпцига",
        "Центр Лейпцига",
        "Leipzig şehir merkezi",
    ),
}


def _translate(model, terms):
    for term in model.objects.filter(slug__in=terms):
        given = dict(zip(CODES, terms[term.slug], strict=True))
        # What a coordinator wrote in the admin stays; only gaps are filled.
        term.translations = {**given, **(term.translations or {})}
        term.save(update_fields=["translations"])


def translate_default_taxonomy(apps, schema_editor):
    _translate(apps.get_model("core", "TargetGroup"), TARGET_GROUPS)
    _translate(apps.get_model("core", "Topic"), TOPICS)
    _translate(apps.get_model("core", "District"), DISTRICTS)
    Language = apps.get_model("core", "Language")
    _translate(Language, {slug: names for slug, (names, _own) in LANGUAGES.items()})
    for slug, (_names, own) in LANGUAGES.items():
        Language.objects.filter(slug=slug, endonym="").update(endonym=own)


class Migration(migrations.Migration):
    dependencies = [("core", "0003_taxonomy_translations")]

    operations = [migrations.RunPython(translate_default_taxonomy, migrations.RunPython.noop)]
