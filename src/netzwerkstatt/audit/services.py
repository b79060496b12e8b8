"""Writing audit log entries. Other apps call these inside their own transactions."""

from typing import Any

from django.db import models, transaction

from netzwerkstatt.audit.models import AuditAction, AuditEntry

LABEL_MAX_LENGTH = 300


def _plain(value: Any) -> Any:
    """A value as JSON can hold it: model instances by their text, lists element-wise."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set):
        return (
            sorted(_plain(item) for item in value)
            if isinstance(value, set)
            else [_plain(item) for item in value]
        )
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return str(value)


def record_entry(
    *,
    action: str,
    actor: Any = None,
    organisation: Any = None,
    network: Any = None,
    target: models.Model | None = None,
    label: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
) -> AuditEntry:
    """Store one entry; `target` names the object concerned (a staff row, a membership …)."""
    if action not in AuditAction.values:
        raise ValueError(f"Unknown audit action {action!r}")
    actor = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=actor,
        actor_name=(actor.display_name or actor.email) if actor is not None else "",
        action=action,
        organisation=organisation,
        network=network,
        object_type=target._meta.model_name if target is not None else "",
        object_id=str(target.pk) if target is not None else "",
        object_label=(label or (str(target) if target is not None else ""))[:LABEL_MAX_LENGTH],
        before=_plain(before or {}),
        after=_plain(after or {}),
        note=note[:500],
    )


def record_changes(
    *,
    action: str,
    actor: Any,
    before: dict[str, Any],
    after: dict[str, Any],
    **kwargs: Any,
) -> AuditEntry | None:
    """Store an entry with only the fields whose value changed; nothing if none did."""
    before, after = _plain(before), _plain(after)
    changed = [key for key in dict.fromkeys([*before, *after]) if before.get(key) != after.get(key)]
    if not changed:
        return None
    return record_entry(
        action=action,
        actor=actor,
        before={key: before.get(key) for key in changed},
        after={key: after.get(key) for key in changed},
        **kwargs,
    )


# Privacy ------------------------------------------------------------------------------------
# Called by netzwerkstatt.privacy when a person deletes their account.


@transaction.atomic
def anonymise_entries_of(user: Any, *, placeholder: str) -> int:
    """Keep the log of a leaving person's acts and of rights given to them, without their name.

    The entries stay (an organisation's record of who had rights over it must not vanish), but
    the name at the time and the labels that carry the person's name or address are replaced.
    """
    names = [value for value in {user.display_name, user.email} if value]
    changed = AuditEntry.objects.filter(actor=user).update(actor_name=placeholder)
    for name in names:
        for entry in AuditEntry.objects.select_for_update().filter(object_label__contains=name):
            entry.object_label = entry.object_label.replace(name, placeholder)
            entry.save(update_fields=["object_label"])
            changed += 1
    return changed
