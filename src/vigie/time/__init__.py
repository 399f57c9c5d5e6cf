"""French time expressions -> TimeML values (DATE, TIME, DURATION, SET), resolved against an anchor.

    tagger = TimeTagger()                          # compiles the grammar: once per process
    tagger.tag("a déclaré lundi", date(2022, 2, 1))  # [Timex(..., text='lundi', value='2022-01-31')]
    infer_anchor(text, 2022, 2)                    # the day of an article dated only '2022-02'
    event_date('2022-01-31TEV')                    # '2022-01-31'
"""

from .anchor import CONFIDENT, AnchorGuess, ArticleAnchor, article_anchor, infer_anchor
from .tagger import TimeTagger, Timex
from .values import event_date

__all__ = ["CONFIDENT", "AnchorGuess", "ArticleAnchor", "TimeTagger", "Timex", "article_anchor",
           "event_date", "infer_anchor"]
