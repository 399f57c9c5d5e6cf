"""The dashboard\x27s static assets (HTML, JS, CSS and vendored libraries), served by vigie.api."""
