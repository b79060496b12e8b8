"""News posts, updates, comments and their moderation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from netzwerkstatt.core.http import client_address
from netzwerkstatt.core.redirects import redirect_to_next
from netzwerkstatt.networks.models import Network
from netzwerkstatt.networks.permissions import (
    can_coordinate,
    can_edit_organisation,
    get_coordinated_network,
    get_editable_organisation,
)
from netzwerkstatt.news import selectors, services
from netzwerkstatt.news.forms import (
    CommentEditForm,
    CommentForm,
    CommentPolicyForm,
    PostForm,
    UpdateForm,
)
from netzwerkstatt.news.models import CommentStatus, Update
from netzwerkstatt.news.permissions import (
    can_see_update,
    get_answerable_update,
    get_editable_post,
    get_editable_update,
    get_moderatable_comment,
    sees_members_only_updates,
    speaks_for,
)


def _data(request: HttpRequest):
    """The form data of a POST, even an empty one (an unticked checkbox sends nothing)."""
    return request.POST if request.method == "POST" else None


# --- posts ---------------------------------------------------------------------------------


def archive(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_object_or_404(Network, slug=slug)
    is_coordinator = can_coordinate(request.user, network)
    page = selectors.archive_page(
        network, page=request.GET.get("seite", 1), include_unpublished=is_coordinator
    )
    return render(
        request,
        "news/archive.html",
        {"network": network, "page": page, "is_coordinator": is_coordinator, "nav": "news"},
    )


def post_detail(request: HttpRequest, slug: str, pk: int, post_slug: str) -> HttpResponse:
    return _post_page(request, slug, pk, post_slug=post_slug)


def _post_page(
    request: HttpRequest,
    slug: str,
    pk: int,
    *,
    post_slug: str | None = None,
    form: CommentForm | None = None,
) -> HttpResponse:
    network = get_object_or_404(Network, slug=slug)
    is_coordinator = can_coordinate(request.user, network)
    post = selectors.get_post(network, pk, include_unpublished=is_coordinator)
    if post_slug is not None and post_slug != post.slug:
        return redirect(post, permanent=True)
    page = selectors.post_page(post, for_coordinator=is_coordinator)
    if form is None and post.is_public:
        form = CommentForm(member=request.user.is_authenticated)
    # Logged-in people are told whether their comment waits: members' comments never do.
    appears_at_once = (
        form is not None
        and form.member
        and services.comment_appears_at_once(
            # A coordinator's organisation is always a member of the network.
            network,
            user=request.user,
            is_member=True if is_coordinator else None,
        )
    )
    return render(
        request,
        "news/post_detail.html",
        {
            "network": post.network,
            "post": post,
            "page": page,
            "form": form,
            "appears_at_once": appears_at_once,
            "is_coordinator": is_coordinator,
            "nav": "news",
        },
    )


@require_POST
def comment_create(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    network = get_object_or_404(Network, slug=slug)
    post = selectors.get_post(network, pk, include_unpublished=False)
    member = request.user.is_authenticated
    form = CommentForm(request.POST, member=member)
    thanks = _("Thank you for your comment. It will appear once the coordination has approved it.")
    if form.is_spam():
        # Tell the script nothing it could learn from: the same answer as for a person.
        messages.success(request, thanks)
        return redirect(f"{post.get_absolute_url()}#comments")
    if form.is_valid():
        data = form.cleaned_data
        try:
            comment = services.submit_comment(
                post,
                body=data["body"],
                user=request.user if member else None,
                author_name=data.get("author_name", ""),
                author_email=data.get("author_email", ""),
                author_homepage=data.get("author_homepage", ""),
                ip_address=client_address(request),
            )
        except ValidationError as problem:
            for message in problem.messages:
                form.add_error(None, message)
        else:
            if comment.status == CommentStatus.PUBLISHED:
                messages.success(request, _("Thank you, your comment has been published."))
                return redirect(comment.get_absolute_url())
            messages.success(request, thanks)
            return redirect(f"{post.get_absolute_url()}#comments")
    return _post_page(request, slug, pk, form=form)


@login_required
def post_create(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    form = PostForm(_data(request), request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            post = services.create_post(network, data=form.cleaned_data, by=request.user)
        except ValidationError as problem:
            form.add_error(None, problem)
        else:
            messages.success(request, _("The post has been saved."))
            return redirect(post)
    return render(request, "news/post_form.html", {"network": network, "form": form, "post": None})


@login_required
def post_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    post = get_editable_post(request.user, slug, pk)
    form = PostForm(_data(request), request.FILES or None, instance=post)
    if request.method == "POST" and form.is_valid():
        try:
            post = services.update_post(post, data=form.cleaned_data, by=request.user)
        except ValidationError as problem:
            form.add_error(None, problem)
        else:
            messages.success(request, _("The post has been saved."))
            return redirect(post)
    return render(
        request, "news/post_form.html", {"network": post.network, "form": form, "post": post}
    )


@login_required
def post_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    post = get_editable_post(request.user, slug, pk)
    if request.method == "POST":
        services.delete_post(post, by=request.user)
        messages.success(request, _("The post “%(title)s” has been deleted.") % {"title": post})
        return redirect("news:archive", slug=post.network.slug)
    return render(
        request,
        "news/confirm_delete.html",
        {
            "network": post.network,
            "object": post,
            "question": _("Delete the post “%(title)s” with all its comments?")
            % {"title": post.title},
            "cancel_url": post.get_absolute_url(),
        },
    )


# --- updates -------------------------------------------------------------------------------


def network_updates(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_object_or_404(Network, slug=slug)
    members_view = sees_members_only_updates(request.user, network)
    page = selectors.updates_page(
        network, include_members_only=members_view, page=request.GET.get("seite", 1)
    )
    return render(
        request,
        "news/update_list.html",
        {"network": network, "page": page, "members_view": members_view, "nav": "news"},
    )


def update_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    update = get_object_or_404(
        Update.objects.select_related("organisation"), organisation__slug=slug, pk=pk
    )
    if not can_see_update(request.user, update):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    return render(
        request,
        "news/update_detail.html",
        {
            "update": update,
            "can_edit": can_edit_organisation(request.user, update.organisation),
            "answers_for_organisation": not update.is_confirmed
            and speaks_for(request.user, update.organisation),
        },
    )


@login_required
def update_create(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_editable_organisation(request.user, slug)
    form = UpdateForm(_data(request))
    if request.method == "POST" and form.is_valid():
        update = services.create_update(organisation, data=form.cleaned_data, by=request.user)
        _published_message(request, update)
        return redirect(update)
    return render(
        request,
        "news/update_form.html",
        {
            "organisation": organisation,
            "form": form,
            "update": None,
            "needs_confirmation": not speaks_for(request.user, organisation),
        },
    )


def _published_message(request: HttpRequest, update: Update) -> None:
    if update.is_confirmed:
        messages.success(request, _("Your update has been published."))
    else:
        messages.info(
            request,
            _(
                "The update has been saved. It appears once %(name)s has confirmed it; its "
                "staff have been told."
            )
            % {"name": update.organisation.name},
        )


@login_required
def update_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    update = get_editable_update(request.user, slug, pk)
    form = UpdateForm(_data(request), instance=update)
    if request.method == "POST" and form.is_valid():
        update = services.edit_update(update, data=form.cleaned_data, by=request.user)
        if update.is_confirmed:
            messages.success(request, _("Your update has been saved."))
        else:
            _published_message(request, update)
        return redirect(update)
    return render(
        request,
        "news/update_form.html",
        {
            "organisation": update.organisation,
            "form": form,
            "update": update,
            "needs_confirmation": not speaks_for(request.user, update.organisation),
        },
    )


@login_required
@require_POST
def update_confirm(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    update = get_answerable_update(request.user, slug, pk)
    try:
        services.confirm_update(update, by=request.user)
    except ValidationError as problem:
        messages.error(request, " ".join(problem.messages))
    else:
        messages.success(request, _("Thank you: the update is confirmed and now published."))
    return redirect_to_next(request, update)


@login_required
@require_POST
def update_decline(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    update = get_answerable_update(request.user, slug, pk)
    try:
        services.decline_update(update, by=request.user)
    except ValidationError as problem:
        messages.error(request, " ".join(problem.messages))
    else:
        messages.success(request, _("The update has been declined and stays unpublished."))
    return redirect_to_next(request, update)


@login_required
def update_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    update = get_editable_update(request.user, slug, pk)
    if request.method == "POST":
        services.delete_update(update, by=request.user)
        messages.success(request, _("The update “%(title)s” has been deleted.") % {"title": update})
        return redirect(update.organisation)
    return render(
        request,
        "news/confirm_delete.html",
        {
            "object": update,
            "question": _("Delete the update “%(title)s”?") % {"title": update.title},
            "cancel_url": update.get_absolute_url(),
        },
    )


# --- moderation ----------------------------------------------------------------------------


@login_required
def moderation(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    status = request.GET.get("status", CommentStatus.PENDING)
    if status not in CommentStatus.values:
        status = CommentStatus.PENDING
    page = selectors.moderation_queue(network, status=status, page=request.GET.get("seite", 1))
    return render(
        request,
        "news/moderation.html",
        {
            "network": network,
            "page": page,
            "status": status,
            "statuses": CommentStatus.choices,
            "counts": selectors.queue_counts(network),
            "query": f"status={status}",
        },
    )


_ACTIONS = {
    "approve": (services.approve_comment, gettext_lazy("Comment approved.")),
    "spam": (services.mark_comment_spam, gettext_lazy("Comment marked as spam.")),
}


@login_required
@require_POST
def moderate(request: HttpRequest, slug: str, pk: int, action: str) -> HttpResponse:
    comment = get_moderatable_comment(request.user, slug, pk)
    network = comment.post.network
    back_status = request.POST.get("status", "")
    if action == "delete":
        services.delete_comment(comment, by=request.user)
        feedback = _("Comment deleted.")
        comment = None
    else:
        service, feedback_text = _ACTIONS[action]
        comment = service(comment, by=request.user)
        comment = selectors.get_network_comment(network, comment.pk)
        feedback = str(feedback_text)
    if request.htmx:
        return render(
            request,
            "news/_moderation_row.html",
            {"comment": comment, "network": network, "feedback": feedback, "status": back_status},
        )
    messages.success(request, feedback)
    url = reverse("news:moderation", args=[network.slug])
    return redirect(f"{url}?status={back_status}" if back_status in CommentStatus.values else url)


@login_required
def comment_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    comment = get_moderatable_comment(request.user, slug, pk)
    form = CommentEditForm(_data(request), instance=comment)
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_comment(comment, body=form.cleaned_data["body"], by=request.user)
        except ValidationError as problem:
            form.add_error("body", problem)
        else:
            messages.success(request, _("The comment has been saved."))
            url = reverse("news:moderation", args=[slug])
            return redirect(f"{url}?status={comment.status}")
    return render(
        request,
        "news/comment_edit.html",
        {"network": comment.post.network, "comment": comment, "form": form},
    )


@login_required
def comment_settings(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    form = CommentPolicyForm(_data(request), instance=services.comment_policy(network))
    if request.method == "POST" and form.is_valid():
        services.set_comment_policy(
            network, moderate_anonymous=form.cleaned_data["moderate_anonymous"], by=request.user
        )
        messages.success(request, _("The comment settings have been saved."))
        return redirect("news:moderation", slug=network.slug)
    return render(request, "news/comment_settings.html", {"network": network, "form": form})
