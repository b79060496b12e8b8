"""Leaflet and Leaflet.markercluster as static files, straight from their XStatic packages.

The finder offers only the files the map uses, under `vendor/…`. A whole package directory
would not do: its minified cluster script names a source map the package does not ship, and
the hashing storage of production (collectstatic) stops at such a reference.
"""

from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage
from xstatic.pkg import leaflet, leaflet_markercluster

VENDOR_FILES = {
    "vendor/leaflet": (
        leaflet.BASE_DIR,
        [
            "leaflet.js",
            "leaflet.js.map",
            "leaflet.css",
            "images/layers.png",
            "images/layers-2x.png",
            "images/marker-icon.png",
            "images/marker-icon-2x.png",
            "images/marker-shadow.png",
        ],
    ),
    "vendor/leaflet-markercluster": (
        leaflet_markercluster.BASE_DIR,
        ["leaflet.markercluster-src.js", "leaflet.markercluster-src.js.map", "MarkerCluster.css"],
    ),
}


class LeafletFinder(BaseFinder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storages = {}
        for prefix, (directory, _files) in VENDOR_FILES.items():
            storage = FileSystemStorage(location=directory)
            storage.prefix = prefix  # collectstatic puts the files under this path
            self.storages[prefix] = storage

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        for prefix, (_directory, files) in VENDOR_FILES.items():
            name = path.removeprefix(prefix + "/")
            if name != path and name in files:
                found = self.storages[prefix].path(name)
                return [found] if find_all else found
        return [] if find_all else None

    def list(self, ignore_patterns):
        for prefix, (_directory, files) in VENDOR_FILES.items():
            for name in files:
                yield name, self.storages[prefix]
