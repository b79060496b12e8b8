from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from netzwerkstatt.operations.health import FAILING, current_health


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """503 only when this process cannot serve pages at all (no database)."""
    health = current_health()
    return JsonResponse(health.as_dict(), status=503 if health.status == FAILING else 200)
