"""Input widgets of the control panel: validated number fields and the formula box."""
