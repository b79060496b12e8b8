"""`netzwerkstatt reencode_images`: rewrite images stored before uploads were re-encoded."""

from django.core.management.base import BaseCommand

from netzwerkstatt.news import services


class Command(BaseCommand):
    help = (
        "Re-encode news post images stored before uploads were re-encoded: drop their metadata "
        "(GPS position, camera) and store the smaller copies pages offer."
    )

    def handle(self, *args, **options):
        done, refused = services.reencode_stored_images()
        if options["verbosity"] >= 1:
            self.stdout.write(f"{done} re-encoded, {len(refused)} left as they are")
            for post, reason in refused:
                self.stdout.write(f"  post {post.pk} ({post.image.name}): {reason}")
