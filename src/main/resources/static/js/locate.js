// The complaint form's position: the phone's GPS ("Use my location") or a pin from map.js fills the
// hidden latitude/longitude and announces "located" (htmx then asks for nearby complaints).
// Without JavaScript the form still works: the typed location is enough.
(function () {
  var tools = document.getElementById('locate-tools');
  if (!tools) {
    return;
  }
  var latitude = document.getElementById('latitude');
  var longitude = document.getElementById('longitude');
  var status = document.getElementById('locate-status');
  var button = document.getElementById('locate');
  tools.hidden = false;

  function located(lat, lng, fromMap) {
    latitude.value = lat.toFixed(6);
    longitude.value = lng.toFixed(6);
    status.textContent = status.dataset.located;
    document.body.dispatchEvent(new CustomEvent('located', { detail: { lat: lat, lng: lng, fromMap: fromMap } }));
  }

  document.body.addEventListener('position-picked', function (event) {
    located(event.detail.lat, event.detail.lng, true);
  });

  if (!('geolocation' in navigator)) {
    button.hidden = true;
    return;
  }
  button.addEventListener('click', function () {
    navigator.geolocation.getCurrentPosition(function (position) {
      located(position.coords.latitude, position.coords.longitude, false);
    }, function () {
      status.textContent = status.dataset.failed;
    }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });
})();
