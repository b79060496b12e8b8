from netzwerkstatt.core.address_hashes import address_hash, models_with_address_hashes


def test_every_public_form_model_is_purged():
    labels = {model._meta.label for model in models_with_address_hashes()}

    assert labels == {
        "news.Comment",
        "networks.JoinRequest",
        "events.Registration",
        "offers.HelpOffer",
    }


def test_hashes_depend_on_address_and_purpose_and_never_show_the_address(settings):
    settings.SECRET_KEY = "k" * 50
    first = address_hash("192.0.2.7", purpose="news.comment")

    assert first == address_hash("192.0.2.7", purpose="news.comment")
    assert first != address_hash("192.0.2.8", purpose="news.comment")
    assert first != address_hash("192.0.2.7", purpose="events.registration")
    assert "192.0.2.7" not in first and len(first) == 64
    assert address_hash("", purpose="news.comment") == ""
    settings.SECRET_KEY = "m" * 50
    assert first != address_hash("192.0.2.7", purpose="news.comment")
