"""Live capture: pixels (mss), windows and focus (python-xlib, EWMH), change-aware OCR."""
