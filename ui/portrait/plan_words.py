"""This quarter's progress against the sales plan in words, for the Qualification tab and the qualify dialog."""

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.portrait import sales_plan
from ui.shell import labels


def progress_line(line: sales_plan.SegmentProgress) -> str:
    if line.planned is None:
        return QCoreApplication.translate("Portrait", "%1 won").replace("%1", labels.number_text(line.won))
    text = QCoreApplication.translate("Portrait", "%1 of %2 won").replace(
        "%1", labels.number_text(line.won)).replace("%2", labels.number_text(line.planned))
    if line.remaining:
        return text + " · " + QCoreApplication.translate("Portrait", "%1 to go").replace(
            "%1", labels.number_text(line.remaining))
    return text + " · " + QCoreApplication.translate("Portrait", "plan met")


def pipeline(line: sales_plan.SegmentProgress) -> str:
    return (QCoreApplication.translate("Portrait", "in the pipeline: %1 qualified, %2 prospects to judge")
            .replace("%1", labels.number_text(line.qualified)).replace("%2", labels.number_text(line.prospects)))


def plan_brief(segment: str, today: dt.date | None = None) -> str:
    """One line for the qualify dialog: the quarter in all and the prospect's segment, or that no plan is set."""
    progress = sales_plan.plan_progress(today)
    if not progress.plan.is_set:
        return QCoreApplication.translate("Portrait", "No sales plan is set (an owner sets it).")
    text = QCoreApplication.translate("Portrait", "This quarter: %1").replace("%1", progress_line(progress.total))
    ours = next((s for s in progress.segments if segment and s.segment.casefold() == segment.strip().casefold()), None)
    if ours is not None:
        text += "; " + f"{ours.segment}: {progress_line(ours)}"
    return text
