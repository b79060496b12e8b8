"""Uploaded images: refused before decoding when too big, stored without metadata, in sizes."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from netzwerkstatt.core.forms import UploadedImageField
from netzwerkstatt.core.images import LARGEST_WIDTH, RENDITION_WIDTHS
from netzwerkstatt.news.models import Post
from tests.factories import UserFactory
from tests.news.factories import PostFactory

TOO_MANY_PIXELS = "Das Bild hat zu viele Pixel: bitte höchstens 40 Megapixel"
GPS_IFD = 0x8825
ORIENTATION = 0x0112


def jpeg_with_gps(size=(3000, 2000), *, orientation: int = 1) -> bytes:
    """A phone photo: EXIF with the place it was taken, the camera and its owner."""
    image = Image.new("RGB", size, "teal")
    # A red block at the top left shows which way up the pixels are.
    image.paste((255, 0, 0), (0, 0, size[0] // 4, size[1] // 4))
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "Telefonhersteller"  # Make
    exif[0x013B] = "Anna Beispiel"  # Artist
    exif.get_ifd(GPS_IFD).update(
        {1: "N", 2: (51.0, 21.0, 30.0), 3: "E", 4: (12.0, 24.0, 10.0)}  # Leipzig-Schönefeld
    )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif, comment=b"Anna Beispiel, Gorkistrasse 12")
    return buffer.getvalue()


def png_of(size, mode="1") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge size: a decompression bomb's calling card."""
    data = bytearray(png_of((1, 1), "L"))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    # Signature (8 bytes), IHDR length (4) and type (4), then the header and its CRC.
    data[16:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + header))
    return bytes(data)


def clean(content: bytes, name="foto.jpg"):
    return UploadedImageField().clean(SimpleUploadedFile(name, content))


def test_a_jpeg_loses_gps_and_every_other_metadata():
    original = Image.open(io.BytesIO(jpeg_with_gps()))
    assert original.getexif().get_ifd(GPS_IFD)  # the test photo does carry a position

    content = clean(jpeg_with_gps()).read()

    stored = Image.open(io.BytesIO(content))
    assert stored.format == "JPEG"
    assert not stored.getexif()
    assert not stored.getexif().get_ifd(GPS_IFD)
    assert "exif" not in stored.info and "comment" not in stored.info
    assert b"Anna Beispiel" not in content and b"Exif" not in content
    assert b"Telefonhersteller" not in content


def test_the_exif_orientation_is_applied_before_it_is_dropped():
    # Orientation 6: the camera was turned; viewers rotate the picture 90° clockwise.
    prepared = clean(jpeg_with_gps((400, 300), orientation=6))

    stored = Image.open(io.BytesIO(prepared.read()))
    assert stored.size == (300, 400)
    red, _green, _blue = stored.convert("RGB").getpixel((300 - 10, 10))
    assert red > 200  # the block at the top left of the sensor is at the top right now


def test_large_images_are_stored_small_enough_with_copies_for_srcset():
    prepared = clean(jpeg_with_gps((4000, 3000)))

    assert (prepared.width, prepared.height) == (LARGEST_WIDTH, 1440)
    assert [r.width for r in prepared.renditions] == list(RENDITION_WIDTHS)
    for rendition in prepared.renditions:
        copy = Image.open(io.BytesIO(rendition.content.read()))
        assert copy.width == rendition.width and not copy.getexif()


def test_a_small_image_keeps_its_size_and_needs_no_copies():
    prepared = clean(png_of((300, 200), "RGBA"), name="logo.png")

    assert (prepared.width, prepared.height) == (300, 200)
    assert prepared.renditions == []
    assert prepared.name == "logo.png"
    assert Image.open(io.BytesIO(prepared.read())).mode == "RGBA"


@pytest.mark.parametrize(
    "content",
    [png_of((12000, 12000)), png_claiming(12000, 12000), png_claiming(60000, 60000)],
    ids=["12000x12000", "header-12000x12000", "bomb-60000x60000"],
)
def test_too_many_pixels_are_refused_before_decoding(content, monkeypatch):
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self))

    with pytest.raises(Exception) as error:
        clean(content, name="riesig.png")

    assert error.value.code == "too_many_pixels"
    assert str(error.value.messages[0]).startswith(TOO_MANY_PIXELS)
    assert decoded == []


def test_a_header_that_promises_more_than_the_data_holds_is_refused():
    with pytest.raises(Exception) as error:
        clean(png_claiming(4000, 3000), name="kaputt.png")

    assert error.value.code == "invalid_image"


# --- through the news post form ------------------------------------------------------------


def post_data(image, **overrides):
    return {
        "title": "Mit Bild",
        "teaser": "Kurz.",
        "body": "Text",
        "status": "published",
        "published_at": "2024-06-12T10:00",
        "image": image,
        "image_alt": "Das Sommerfest im Hof",
        **overrides,
    }


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_files(root):
    return sorted(path for path in root.rglob("*") if path.is_file())


def test_a_post_image_is_stored_without_gps_in_the_sizes_the_page_offers(as_user, world, media):
    client = as_user(world.coordinator)
    upload = SimpleUploadedFile("IMG_2041.JPG", jpeg_with_gps((3000, 2000)), "image/jpeg")

    response = client.post(reverse("news:post_create", args=["sis"]), post_data(upload))

    post = Post.objects.get()
    assert response.status_code == 302
    assert (post.image_width, post.image_height) == (LARGEST_WIDTH, 1280)
    assert [r["width"] for r in post.image_renditions] == list(RENDITION_WIDTHS)
    assert len(stored_files(media)) == 1 + len(RENDITION_WIDTHS)
    for path in stored_files(media):
        assert not Image.open(path).getexif()
        assert b"Anna Beispiel" not in path.read_bytes()
    page = client.get(post.get_absolute_url()).content.decode()
    small = post.image_renditions[0]["name"]
    assert f"/media/{small} 480w" in page
    assert f"{post.image.url} {LARGEST_WIDTH}w" in page
    assert f'width="{LARGEST_WIDTH}" height="1280"' in page


def test_a_12000_pixel_image_is_refused_with_a_german_message_and_nothing_stored(
    as_user, world, media
):
    upload = SimpleUploadedFile("riesig.png", png_of((12000, 12000)), "image/png")

    response = as_user(world.coordinator).post(
        reverse("news:post_create", args=["sis"]), post_data(upload)
    )

    assert response.status_code == 200
    assert TOO_MANY_PIXELS in response.content.decode()
    assert not Post.objects.exists()
    assert stored_files(media) == []


def test_a_bomb_is_refused_and_nothing_stored(as_user, world, media):
    upload = SimpleUploadedFile("bombe.png", png_claiming(60000, 60000), "image/png")

    response = as_user(world.coordinator).post(
        reverse("news:post_create", args=["sis"]), post_data(upload)
    )

    assert response.status_code == 200
    assert TOO_MANY_PIXELS in response.content.decode()
    assert not Post.objects.exists()
    assert stored_files(media) == []


def test_a_file_above_the_byte_limit_is_refused(as_user, world, media, settings):
    settings.UPLOAD_MAX_IMAGE_BYTES = 1024 * 1024
    upload = SimpleUploadedFile("foto.jpg", jpeg_with_gps((1000, 800)) + b"\0" * 1024 * 1024)

    response = as_user(world.coordinator).post(
        reverse("news:post_create", args=["sis"]), post_data(upload)
    )

    assert "Das Bild ist zu groß: bitte höchstens 1 MB." in response.content.decode()
    assert not Post.objects.exists()


def test_replacing_and_clearing_an_image_deletes_the_old_files(
    as_user, world, media, django_capture_on_commit_callbacks
):
    client = as_user(world.coordinator)
    post = PostFactory(network=world.network)
    edit = reverse("news:post_edit", args=["sis", post.pk])
    first = SimpleUploadedFile("eins.jpg", jpeg_with_gps((1200, 800)), "image/jpeg")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit, post_data(first, title=post.title))
    post.refresh_from_db()
    first_files = stored_files(media)
    assert len(first_files) == 3  # 1200 wide: copies of 480 and 960

    second = SimpleUploadedFile("zwei.png", png_of((500, 400), "RGB"), "image/png")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit, post_data(second, title=post.title))
    post.refresh_from_db()
    assert post.image.name.endswith(".png")
    assert [path.name for path in stored_files(media)] == [
        path.name for path in stored_files(media) if path.suffix == ".png"
    ]
    assert len(stored_files(media)) == 2

    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit, post_data("", title=post.title, **{"image-clear": "on"}))
    post.refresh_from_db()
    assert not post.image and post.image_renditions == [] and post.image_alt == ""
    assert stored_files(media) == []


def test_an_image_uploaded_in_the_admin_is_re_encoded_too(
    client, world, media, django_capture_on_commit_callbacks
):
    operator = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(operator, backend="django.contrib.auth.backends.ModelBackend")
    post = PostFactory(network=world.network)
    url = reverse("admin:news_post_change", args=[post.pk])
    data = {
        "network": world.network.pk,
        "title": post.title,
        "teaser": post.teaser,
        "body": post.body,
        "status": post.status,
        "published_at_0": "2024-06-12",
        "published_at_1": "10:00:00",
        "image_alt": "Das Sommerfest im Hof",
        "image": SimpleUploadedFile("foto.jpg", jpeg_with_gps((1200, 800)), "image/jpeg"),
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)

    assert response.status_code == 302
    post.refresh_from_db()
    assert [r["width"] for r in post.image_renditions] == [480, 960]
    files = stored_files(media)
    assert len(files) == 3
    assert all(not Image.open(path).getexif() for path in files)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:news_post_delete", args=[post.pk]), {"post": "yes"})
    assert not Post.objects.filter(pk=post.pk).exists()
    assert stored_files(media) == []


def test_images_stored_before_re_encoding_are_rewritten_by_the_command(
    world, media, django_capture_on_commit_callbacks
):
    from django.core.files.storage import default_storage
    from django.core.management import call_command

    old = default_storage.save("news/2024/06/alt.jpg", io.BytesIO(jpeg_with_gps((1200, 800))))
    huge = default_storage.save("news/2024/06/riesig.png", io.BytesIO(png_claiming(60000, 60000)))
    legacy = PostFactory(network=world.network)
    too_big = PostFactory(network=world.network)
    Post.objects.filter(pk=legacy.pk).update(image=old)
    Post.objects.filter(pk=too_big.pk).update(image=huge)
    output = io.StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("reencode_images", stdout=output)

    assert "1 re-encoded, 1 left as they are" in output.getvalue()
    legacy.refresh_from_db()
    assert legacy.image_width == 1200
    assert [r["width"] for r in legacy.image_renditions] == [480, 960]
    assert not default_storage.exists(old)
    assert all(not Image.open(media / name).getexif() for name in legacy.image_files)
    assert default_storage.exists(huge)  # left for a coordinator to replace

    with django_capture_on_commit_callbacks(execute=True):
        call_command("reencode_images", stdout=output)
    assert "0 re-encoded, 1 left as they are" in output.getvalue()
