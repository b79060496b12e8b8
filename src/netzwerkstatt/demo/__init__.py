"""The demo installation: the SIS Schönefeld network with realistic offers and needs."""
