/* The map of offers (offers/_map.html), with Leaflet and Leaflet.markercluster.
 *
 * Markers come from a JSON address (the directory's results, with the page's own query
 * string) or from the page itself (an organisation's place). Background tiles are loaded only
 * after the visitor's two-click consent, which a cookie keeps; the page's Content-Security-
 * Policy names the tile host only then. Every marker is a button reachable by Tab with a
 * spoken name; it opens the list of its offers below the map. Without this script the page's
 * own list says everything the map says.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-map]");
  if (!root || !window.L) {
    return;
  }
  var config = JSON.parse(document.getElementById(root.dataset.map).textContent);
  var text = config.text;
  var canvas = root.querySelector("[data-map-canvas]");
  var noteElement = root.querySelector("[data-map-note]");
  var panel = root.querySelector("[data-map-panel]");
  var panelHeading = root.querySelector("[data-map-panel-heading]");
  var panelBody = root.querySelector("[data-map-panel-body]");
  var LIST_ONLY_PARAMS = ["seite"];
  var NEAR_PARAMS = ["seite", "near", "ort"];

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, key) {
      return key in values ? String(values[key]) : match;
    });
  }

  function element(tag, attributes, content) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (content !== undefined) {
      node.textContent = content;
    }
    return node;
  }

  function note(message) {
    noteElement.textContent = message || "";
  }

  root.hidden = false;

  // Consent: the first click explains what is sent to whom, the second agrees. The cookie is
  // read by the server, which then allows the tile host in this page's policy.
  function keepConsent(given) {
    var cookie = config.cookie.name + "=" + (given ? config.cookie.value : "") + "; path=/";
    cookie += "; SameSite=Lax; max-age=" + (given ? 365 * 24 * 3600 : 0);
    if (location.protocol === "https:") {
      cookie += "; Secure";
    }
    document.cookie = cookie;
    location.reload();
  }
  var ask = root.querySelector("[data-map-ask]");
  if (ask) {
    ask.addEventListener("click", function () {
      var details = document.getElementById(ask.getAttribute("aria-controls"));
      details.hidden = false;
      ask.setAttribute("aria-expanded", "true");
      details.querySelector("[data-map-agree]").focus();
    });
    root.querySelector("[data-map-agree]").addEventListener("click", function () {
      keepConsent(true);
    });
  }
  var revoke = root.querySelector("[data-map-revoke]");
  if (revoke) {
    revoke.addEventListener("click", function () {
      keepConsent(false);
    });
  }

  var map = L.map(canvas, { minZoom: 3, maxZoom: 18 }).setView([51.16, 10.45], 5);
  function addTiles() {
    var failures = 0;
    var tiles = L.tileLayer(config.tiles, { attribution: config.attribution, maxZoom: 19 });
    tiles.on("tileerror", function () {
      failures += 1;
      if (failures === 3) {
        note(text.tilesFailed);
      }
    });
    tiles.addTo(map);
  }
  if (config.tiles) {
    // After the page has loaded: a slow or silent tile server must not hold up the page.
    if (document.readyState === "complete") {
      addTiles();
    } else {
      window.addEventListener("load", addTiles);
    }
  }
  var placesShown = false;
  var districtBounds = null;
  if (config.districts) {
    fetch(config.districts, { credentials: "same-origin" })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (!data || !data.features || !data.features.length) {
          return;
        }
        var outlines = L.geoJSON(data, {
          interactive: false,
          style: { color: "#4a5363", weight: 2, dashArray: "6 4", fillColor: "#c9d1dc", fillOpacity: 0.25 },
        }).addTo(map);
        outlines.bringToBack();
        if (data.attribution) {
          map.attributionControl.addAttribution(data.attribution);
        }
        districtBounds = outlines.getBounds();
        if (!placesShown) {
          map.fitBounds(districtBounds);
        }
      })
      .catch(function () {});
  }
  if (config.near) {
    L.circleMarker(config.near, { radius: 8, color: "#b3401d", weight: 3, interactive: false }).addTo(map);
  }

  // Markers: one per place, grouped into clusters; each is a button with a spoken name.
  function iconContent(shown, spoken) {
    var content = element("span", { class: "map-marker-inner" });
    content.appendChild(element("span", { "aria-hidden": "true" }, shown));
    content.appendChild(element("span", { class: "visually-hidden" }, spoken));
    return content;
  }
  function offerCount(markers) {
    return markers.reduce(function (sum, marker) {
      return sum + marker.place.offers.length;
    }, 0);
  }
  var clusters = L.markerClusterGroup({
    zoomToBoundsOnClick: false,
    spiderfyOnMaxZoom: false,
    showCoverageOnHover: false,
    maxClusterRadius: 40,
    iconCreateFunction: function (cluster) {
      var count = offerCount(cluster.getAllChildMarkers());
      return L.divIcon({
        className: "map-marker map-cluster",
        iconSize: [40, 40],
        html: iconContent(String(count), format(text.cluster, { count: count })),
      });
    },
  }).addTo(map);

  function placeMarker(place) {
    var count = place.offers.length;
    var spoken = place.label || format(text.place, { place: place.name, count: count });
    var marker = L.marker([place.lat, place.lon], {
      keyboard: true,
      icon: L.divIcon({
        className: "map-marker",
        iconSize: [32, 32],
        html: iconContent(count ? String(count) : "•", spoken),
      }),
    });
    marker.place = place;
    return marker;
  }

  function showPanel(heading, body) {
    panelHeading.textContent = heading;
    panelBody.replaceChildren.apply(panelBody, body);
    panel.hidden = false;
    panelHeading.focus({ preventScroll: true });
    panel.scrollIntoView({ block: "nearest" });
  }

  function offerList(offers) {
    var list = element("ul", { class: "map-offers" });
    offers.forEach(function (offer) {
      var item = element("li");
      // A German title standing in for a translation is marked for screen readers.
      var link = offer.lang ? { href: offer.url, lang: offer.lang, dir: "ltr" } : { href: offer.url };
      item.appendChild(element("a", link, offer.title));
      item.appendChild(element("span", { class: "muted" }, offer.organisation));
      if (offer.next) {
        item.appendChild(element("span", {}, format(text.next, { time: offer.next })));
      }
      list.appendChild(item);
    });
    return list;
  }

  function showPlaces(markers, cluster) {
    var body = [];
    if (markers.length === 1) {
      var place = markers[0].place;
      (place.lines || []).forEach(function (line) {
        body.push(element("p", {}, line));
      });
      if (place.offers.length) {
        body.push(offerList(place.offers));
      }
      showPanel(place.name, body);
      return;
    }
    markers.forEach(function (marker) {
      body.push(element("h4", {}, marker.place.name));
      body.push(offerList(marker.place.offers));
    });
    var zoom = element("button", { type: "button", class: "link-button" }, text.zoomIn);
    zoom.addEventListener("click", function () {
      cluster.zoomToBounds({ padding: [24, 24] });
    });
    body.push(zoom);
    showPanel(format(text.clusterHeading, { count: offerCount(markers) }), body);
  }

  clusters.on("click", function (event) {
    showPlaces([event.layer], null);
  });
  clusters.on("clusterclick", function (event) {
    showPlaces(event.layer.getAllChildMarkers(), event.layer);
  });
  // Leaflet makes markers focusable buttons; Enter and Space press them like a click.
  canvas.addEventListener("keydown", function (event) {
    var icon = event.target.closest && event.target.closest(".leaflet-marker-icon");
    if (icon && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      icon.click();
    }
  });

  // A click on the map itself offers to sort the list by distance from that point.
  function listAddress(params) {
    var query = params.toString();
    return location.pathname + (query ? "?" + query : "");
  }
  function nearAddress(latitude, longitude, digits) {
    var params = new URLSearchParams(location.search);
    NEAR_PARAMS.forEach(function (name) {
      params.delete(name);
    });
    params.set("near", latitude.toFixed(digits) + "," + longitude.toFixed(digits));
    return listAddress(params);
  }
  if (config.source) {
    map.on("click", function (event) {
      var paragraph = element("p");
      paragraph.appendChild(
        element("a", { href: nearAddress(event.latlng.lat, event.latlng.lng, 5) }, text.searchHere)
      );
      showPanel(text.chosenPoint, [paragraph]);
    });
  }

  function draw(places, notes) {
    clusters.clearLayers();
    var markers = places.map(placeMarker);
    clusters.addLayers(markers);
    note((notes || []).join(" "));
    panel.hidden = true;
    placesShown = markers.length > 0;
    if (placesShown) {
      map.fitBounds(clusters.getBounds(), { padding: [24, 24], maxZoom: 16 });
    } else if (districtBounds) {
      map.fitBounds(districtBounds);
    }
  }

  function load() {
    if (!config.source) {
      draw(config.places, []);
      return;
    }
    var params = new URLSearchParams(location.search);
    LIST_ONLY_PARAMS.forEach(function (name) {
      params.delete(name);
    });
    var query = params.toString();
    fetch(config.source + (query ? "?" + query : ""), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (data) {
        draw(
          data.features.map(function (feature) {
            return {
              lat: feature.geometry.coordinates[1],
              lon: feature.geometry.coordinates[0],
              name: feature.properties.name,
              offers: feature.properties.offers,
            };
          }),
          data.notes
        );
      })
      .catch(function () {
        note(text.failed);
      });
  }
  load();

  // The directory's filters update the list in place (htmx) and the address with it.
  document.body.addEventListener("htmx:pushedIntoHistory", load);
  document.body.addEventListener("htmx:historyRestore", load);
  document.body.addEventListener("htmx:configRequest", function (event) {
    // Keep sorting by distance while filters change.
    var params = new URLSearchParams(location.search);
    ["near", "ort"].forEach(function (name) {
      if (params.get(name) && !event.detail.parameters[name]) {
        event.detail.parameters[name] = params.get(name);
      }
    });
  });

  // The form for sorting by distance takes the filters as they are now, and the browser's
  // location on request (the browser asks the visitor first).
  var nearForm = document.querySelector("[data-near-form]");
  if (nearForm) {
    nearForm.addEventListener("submit", function () {
      nearForm.querySelectorAll("input[type=hidden]").forEach(function (input) {
        input.remove();
      });
      new URLSearchParams(location.search).forEach(function (value, name) {
        if (NEAR_PARAMS.indexOf(name) === -1) {
          nearForm.appendChild(element("input", { type: "hidden", name: name, value: value }));
        }
      });
    });
  }
  var locate = document.querySelector("[data-map-locate]");
  if (locate && navigator.geolocation) {
    locate.hidden = false;
    locate.addEventListener("click", function () {
      note(text.locating);
      navigator.geolocation.getCurrentPosition(
        function (position) {
          // Three decimals (about 100 m) are enough to sort, and say less about the visitor.
          location.assign(nearAddress(position.coords.latitude, position.coords.longitude, 3));
        },
        function () {
          note(text.noLocation);
        },
        { timeout: 15000, maximumAge: 600000 }
      );
    });
  }
})();
