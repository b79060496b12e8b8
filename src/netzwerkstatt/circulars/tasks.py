"""Sending circulars in the background (django-tasks).

One task run sends a few batches of `CIRCULAR_BATCH_SIZE` messages (each batch over one
SMTP connection) and then enqueues itself again for the rest, so a circular to thousands of
people neither blocks a request nor holds a worker, and the queue holds one task per
circular at a time, not one per message.
"""

from django.conf import settings
from django_tasks import task

from netzwerkstatt.circulars import services


@task()
def deliver_circular(circular_id: int) -> int:
    sent = 0
    for _batch in range(settings.CIRCULAR_BATCHES_PER_TASK):
        result = services.deliver_batch(circular_id, size=settings.CIRCULAR_BATCH_SIZE)
        sent += result.sent
        progressed = result.sent + result.failed > 0
        if result.interrupted or not progressed or not result.remaining:
            return sent
    # More waits: hand the rest to a fresh run instead of holding this worker.
    deliver_circular.enqueue(circular_id)
    return sent
