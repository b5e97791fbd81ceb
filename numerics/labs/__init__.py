"""Qt-free models behind the learning labs: presets, readouts and the book's numbers.

Each module serves one lab of ``gui/labs``; the widgets only draw what these compute.
"""
