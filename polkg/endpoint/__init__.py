"""The SPARQL 1.1 endpoint (`polkg serve`)."""
