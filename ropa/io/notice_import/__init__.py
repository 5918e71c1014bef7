"""Published privacy notices (tietosuojaseloste) read into draft registers."""
