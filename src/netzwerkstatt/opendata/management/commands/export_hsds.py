"""`export_hsds DIR [--network SLUG] [--force]`: the public data as an HSDS 3.0 data package."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from netzwerkstatt.networks.models import Network
from netzwerkstatt.opendata import export, hsds, selectors


class Command(BaseCommand):
    help = (
        "Write the public offers and organisations as an HSDS 3.0 data package "
        "(JSON and CSV with datapackage.json) into a directory."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="Directory to write into; created if missing.")
        parser.add_argument(
            "--network", metavar="SLUG", help="Only the members of this network (short name)."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Write into a directory that is not empty, replacing the package's files.",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        with translation.override(settings.LANGUAGE_CODE):
            self._export(Path(options["directory"]), options["network"], options["force"])

    def _export(self, directory: Path, network_slug: str | None, force: bool) -> None:
        if directory.exists() and not directory.is_dir():
            raise CommandError(_("%(path)s is not a directory.") % {"path": directory})
        if export.existing_entries(directory) and not force:
            raise CommandError(
                _(
                    "The directory %(path)s is not empty. Choose an empty directory, or add "
                    "--force to replace the files of an earlier export in it."
                )
                % {"path": directory}
            )
        network = None
        if network_slug:
            network = Network.objects.filter(slug=network_slug).first()
            if network is None:
                raise CommandError(
                    _("There is no network with the short name %(slug)s.") % {"slug": network_slug}
                )
        site = hsds.Site.from_settings()
        title = (
            _("Offers of the network %(name)s") % {"name": network.name}
            if network
            else _("Offers of the networks on %(site)s") % {"site": settings.SITE_NAME}
        )
        package = selectors.package(network)
        try:
            written = export.write_package(
                directory,
                package,
                site,
                title=title,
                description=_(
                    "Public offers and organisations in the Human Services Data Specification "
                    "(HSDS) 3.0 of Open Referral."
                ),
            )
        except OSError as error:
            raise CommandError(
                _("Could not write to %(path)s: %(reason)s")
                % {"path": directory, "reason": error.strerror or error}
            ) from error
        if self.verbosity >= 1:
            self.stdout.write(
                ngettext(
                    "%(count)d offer written to %(path)s (%(files)d files).",
                    "%(count)d offers written to %(path)s (%(files)d files).",
                    len(package.offers),
                )
                % {"count": len(package.offers), "path": directory, "files": len(written)}
            )
