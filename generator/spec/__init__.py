"""Reading a spec: files, ``$ref`` bundling, the overlay, places in the API."""
