"""`demo`: prepare a local installation with the demo network and serve it.

Run through the `netzwerkstatt` command (cli.py), which provides a secret key
and plain-http cookie settings for the local demo first.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from netzwerkstatt.demo.data import DEMO_LOGINS, DEMO_PASSWORD


class Command(BaseCommand):
    help = "Migrate, load the demo network and serve it on http://127.0.0.1:8000/."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-serve", action="store_true", help="Prepare everything but do not start a server."
        )
        parser.add_argument("--port", type=int, default=8000, help="Port to serve on (8000).")
        parser.add_argument("--addr", default="127.0.0.1", help="Address to serve on (127.0.0.1).")

    def handle(self, *args, **options):
        addr, port = options["addr"], options["port"]
        self.stdout.write("Datenbank, Übersetzungen und Dateien werden vorbereitet …")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("compiletranslations", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        call_command("load_demo", stdout=self.stdout, stderr=self.stderr)
        host = f"[{addr}]" if ":" in addr else addr
        shown_host = {"0.0.0.0": "127.0.0.1", "[::]": "[::1]"}.get(host, host)
        width = max(len(login.email) for login in DEMO_LOGINS)
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Netzwerkstatt-Demo: http://{shown_host}:{port}/"))
        self.stdout.write("")
        self.stdout.write(f"Anmelden mit einem dieser Zugänge, Passwort für alle: {DEMO_PASSWORD}")
        for login in DEMO_LOGINS:
            self.stdout.write(f"  {login.email.ljust(width)}  {login.role}")
        self.stdout.write("")
        if options["no_serve"]:
            return
        self.stdout.write("Beenden mit Strg+C")
        call_command("runserver", f"{host}:{port}", use_reloader=False)
