"""Uploaded images: measured before they are decoded, re-encoded without metadata, and stored
in the few sizes pages show.

A photo from a phone carries EXIF data (the place it was taken, the device, often the owner's
name); a crafted file can claim a size that takes gigabytes to decode. So an upload is opened
lazily, its pixel count checked against `settings.UPLOAD_MAX_IMAGE_PIXELS` from the header
alone, and only then decoded – one frame, turned upright by its EXIF orientation, converted to
sRGB – and written anew by Pillow with no metadata at all. The largest stored size is
`LARGEST_WIDTH` wide; `RENDITION_WIDTHS` are the smaller copies a `srcset` offers, so a phone
loads a few hundred kilobytes, not the original.
"""

import io
import os
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.db.models.fields.files import FieldFile
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps

# Formats every browser shows; what counts is the content Pillow reads, not the file's name.
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# The widest the pages show an image is the 72rem content column; 1920 px covers it on
# high-density screens. Smaller copies for narrower screens:
LARGEST_WIDTH = 1920
RENDITION_WIDTHS = (480, 960, 1440)
SAVE_OPTIONS = {
    "JPEG": {"quality": 85, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 85, "method": 4},
}

MESSAGES = {
    "too_big_file": _("The image is too large: at most %(limit)s MB, please."),
    "too_many_pixels": _(
        "The image has too many pixels: at most %(limit)s megapixels, please (for example "
        "6000 × 4000). Please make it smaller and upload it again."
    ),
    "format": _("Please upload a JPEG, PNG or WebP image."),
}


@dataclass
class Rendition:
    width: int
    height: int
    content: ContentFile


class PreparedImage(ContentFile):
    """A checked upload, re-encoded, with its smaller copies; the form field's cleaned value.

    It is a file, so a model's ImageField takes it as it is (and reads width and height).
    """

    def __init__(self, content: bytes, *, name: str, width: int, height: int, renditions):
        super().__init__(content, name=name)
        self.width = width
        self.height = height
        self.renditions: list[Rendition] = renditions


def _to_srgb(image: Image.Image) -> Image.Image:
    """Keep the colours of a photo with another colour profile (Display P3 of phones)
    once the profile, which is metadata too, is dropped."""
    profile = image.info.get("icc_profile")
    if not profile:
        return image
    try:
        return ImageCms.profileToProfile(
            image,
            ImageCms.ImageCmsProfile(io.BytesIO(profile)),
            ImageCms.createProfile("sRGB"),
            outputMode="RGBA" if image.mode == "RGBA" else "RGB",
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def _encode(image: Image.Image, image_format: str) -> ContentFile:
    buffer = io.BytesIO()
    # No exif=, icc_profile= or pnginfo= argument: Pillow then writes none of them.
    image.save(buffer, format=image_format, **SAVE_OPTIONS[image_format])
    return ContentFile(buffer.getvalue())


def _opened(upload: File, invalid_message: str) -> Image.Image:
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            MESSAGES["too_many_pixels"],
            code="too_many_pixels",
            params={"limit": settings.UPLOAD_MAX_IMAGE_PIXELS // 1_000_000},
        ) from error
    except Exception as error:  # Pillow raises many kinds on a broken or foreign file.
        raise ValidationError(invalid_message, code="invalid_image") from error
    return image


def prepare_image(upload: File, *, invalid_message: str) -> PreparedImage:
    """Check an uploaded file and re-encode it; raises ValidationError with a German message.

    Nothing is decoded before the header's size has passed the pixel limit.
    """
    if upload.size is not None and upload.size > settings.UPLOAD_MAX_IMAGE_BYTES:
        raise ValidationError(
            MESSAGES["too_big_file"],
            code="too_big_file",
            params={"limit": settings.UPLOAD_MAX_IMAGE_BYTES // (1024 * 1024)},
        )
    image = _opened(upload, invalid_message)
    width, height = image.size
    if width * height > settings.UPLOAD_MAX_IMAGE_PIXELS:
        raise ValidationError(
            MESSAGES["too_many_pixels"],
            code="too_many_pixels",
            params={"limit": settings.UPLOAD_MAX_IMAGE_PIXELS // 1_000_000},
        )
    if image.format not in FORMATS:
        raise ValidationError(MESSAGES["format"], code="format")
    image_format = image.format
    try:
        # The first frame only: an animation's frames would each count against the limit.
        image.seek(0)
        # A JPEG can be decoded at 1/2, 1/4 or 1/8 scale: no larger than the stored size
        # needs (at least LARGEST_WIDTH either way, whichever way the photo is turned).
        image.draft(image.mode, (LARGEST_WIDTH, LARGEST_WIDTH))
        image.load()
        image = ImageOps.exif_transpose(image)
        image = _to_srgb(image)
        has_alpha = image.mode in ("RGBA", "LA") or "transparency" in image.info
        mode = "RGBA" if has_alpha and image_format != "JPEG" else "RGB"
        image = image.convert(mode)
        # Pillow writes some of what it read back out (a JPEG's comment, for one).
        image.info = {}
    except Exception as error:  # a header that promised more than the data holds
        raise ValidationError(invalid_message, code="invalid_image") from error

    image.thumbnail((LARGEST_WIDTH, LARGEST_WIDTH * 2), Image.Resampling.LANCZOS)
    renditions = []
    for rendition_width in RENDITION_WIDTHS:
        if rendition_width >= image.width:
            break
        copy = image.copy()
        copy.thumbnail((rendition_width, image.height), Image.Resampling.LANCZOS)
        renditions.append(Rendition(copy.width, copy.height, _encode(copy, image_format)))

    stem = os.path.splitext(os.path.basename(upload.name or ""))[0]
    name = f"{get_valid_filename(stem)[:60] or 'bild'}.{FORMATS[image_format]}"
    return PreparedImage(
        _encode(image, image_format).read(),
        name=name,
        width=image.width,
        height=image.height,
        renditions=renditions,
    )


def store_renditions(stored: FieldFile, prepared: PreparedImage) -> list[dict]:
    """Save the smaller copies next to the stored image; returns what `srcset` needs."""
    base, extension = os.path.splitext(stored.name)
    return [
        {
            "width": rendition.width,
            "height": rendition.height,
            "name": stored.storage.save(f"{base}-{rendition.width}w{extension}", rendition.content),
        }
        for rendition in prepared.renditions
    ]


def srcset(stored: FieldFile, renditions: list[dict], width: int | None) -> str:
    """`url 480w, url 960w, …` for the img element; the stored image is the widest entry."""
    entries = [f"{stored.storage.url(r['name'])} {r['width']}w" for r in renditions]
    if width:
        entries.append(f"{stored.url} {width}w")
    return ", ".join(entries)


# Link previews (Open Graph) look best from 1200 px wide; a larger file only costs the reader.
PREVIEW_MIN_WIDTH = 1200


def preview_copy(
    stored: FieldFile, renditions: list[dict], width: int | None, height: int | None
) -> dict | None:
    """The copy a link preview shows: the narrowest at least PREVIEW_MIN_WIDTH wide, or the
    stored image when no copy is that wide; `{"url", "width", "height"}`."""
    if not stored:
        return None
    copies = [
        {"url": stored.storage.url(r["name"]), "width": r["width"], "height": r.get("height")}
        for r in renditions
    ]
    copies.append({"url": stored.url, "width": width, "height": height})
    wide = [copy for copy in copies if copy["width"] and copy["width"] >= PREVIEW_MIN_WIDTH]
    return min(wide, key=lambda copy: copy["width"]) if wide else copies[-1]


def delete_image_files(stored_names: list[str], storage) -> None:
    """Remove an image and its copies once it is replaced or its post deleted."""
    for name in stored_names:
        if name:
            storage.delete(name)
