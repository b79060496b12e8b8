"""Fail unless every interface language but English has a complete catalogue."""

from django.core.management.base import BaseCommand, CommandError

from netzwerkstatt.core.catalogues import catalogue_languages, catalogue_problems


class Command(BaseCommand):
    help = "Check that every language's catalogue exists and has no untranslated or fuzzy entry."

    def handle(self, *args, **options):
        problems = [line for code in catalogue_languages() for line in catalogue_problems(code)]
        for line in problems:
            self.stderr.write(line)
        if problems:
            raise CommandError(f"{len(problems)} translation problem(s)")
        self.stdout.write(f"{len(catalogue_languages())} catalogue(s) complete.")
