// "Pin it on a map": loads Leaflet only when asked (it would double the form's first load), shows the
// configured tiles, and reports the pin's position as "position-picked" for locate.js.
(function () {
  var button = document.getElementById('pin');
  if (!button) {
    return;
  }
  var DHAKA = [23.8103, 90.4125];
  var map;
  var marker;

  function load(done) {
    if (window.L) {
      done();
      return;
    }
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = button.dataset.leafletCss;
    document.head.appendChild(css);
    var script = document.createElement('script');
    script.src = button.dataset.leafletJs;
    script.onload = done;
    document.head.appendChild(script);
  }

  function picked(position) {
    document.body.dispatchEvent(new CustomEvent('position-picked', { detail: { lat: position.lat, lng: position.lng } }));
  }

  function show() {
    var box = document.getElementById('map');
    box.hidden = false;
    if (map) {
      return;
    }
    var lat = parseFloat(document.getElementById('latitude').value);
    var lng = parseFloat(document.getElementById('longitude').value);
    var start = isNaN(lat) || isNaN(lng) ? DHAKA : [lat, lng];
    map = L.map(box).setView(start, 15);
    L.tileLayer(button.dataset.tiles, { maxZoom: 19, attribution: button.dataset.attribution }).addTo(map);
    marker = L.marker(start, { draggable: true, keyboard: true, title: button.dataset.marker, alt: button.dataset.marker }).addTo(map);
    marker.on('dragend', function () { picked(marker.getLatLng()); });
    map.on('click', function (event) {
      marker.setLatLng(event.latlng);
      picked(event.latlng);
    });
    document.body.addEventListener('located', function (event) {
      if (!event.detail.fromMap) {
        marker.setLatLng([event.detail.lat, event.detail.lng]);
        map.panTo([event.detail.lat, event.detail.lng]);
      }
    });
  }

  button.addEventListener('click', function () { load(show); });
})();
