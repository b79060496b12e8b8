"""Background work of the news app, run through Django's task interface (django-tasks)."""

from django_tasks import task

from netzwerkstatt.news import services


@task()
def purge_comment_ips() -> int:
    return services.purge_comment_ips()
