import pytest

from netzwerkstatt.core.http import client_address


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        ("93.184.216.34", "", "93.184.216.34"),
        # A sender on the internet cannot choose its address with the header.
        ("93.184.216.34", "198.51.100.1", "93.184.216.34"),
        # Behind the local proxy the last entry is the one the proxy added.
        ("127.0.0.1", "10.0.0.1, 198.51.100.7", "198.51.100.7"),
        ("127.0.0.1", "kaputt", "127.0.0.1"),
        ("127.0.0.1", "", "127.0.0.1"),
    ],
)
def test_client_address(rf, remote, forwarded, expected):
    request = rf.post("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)

    assert client_address(request) == expected
