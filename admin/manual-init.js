// Loaded before decap-cms.js: tells Decap to wait for admin/main.ts, which passes it the config
// generated from the content model (an external file, because /admin/ allows no inline script).
window.CMS_MANUAL_INIT = true;
