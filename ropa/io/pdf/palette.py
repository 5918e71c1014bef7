"""The colours of the documents and the diagram, as hex strings both painters understand."""

from __future__ import annotations

INK = "#1B1F24"  # body text
MUTED = "#5B6670"  # labels, articles, "not recorded"
ACCENT = "#1F3A5F"  # headings, the controller
RULE = "#C5CDD6"  # hairlines
FILL = "#F1F4F7"  # table heads, label column
PAPER = "#FFFFFF"

# The diagram: one colour per standing of a leg.
INSIDE = "#7A8794"  # inside the EEA, or no transfer on that date
TRANSFER = "#1F6F8B"  # leaves the EEA on a recorded mechanism
CAUTION = "#B86E00"  # adequacy only if in scope, scope not confirmed; an SCC module that does not fit
WARNING = "#B3261E"  # leaves the EEA with no mechanism recorded
CONTROLLER_FILL = "#E8EEF5"
PROCESSOR_FILL = "#FFFFFF"
RECIPIENT_FILL = "#F6F3EE"
