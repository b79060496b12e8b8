"""Background work of the events app, run through Django's task interface (django-tasks)."""

from django_tasks import task

from netzwerkstatt.events import services


@task()
def purge_registration_ips() -> int:
    return services.purge_registration_ips()
