#pragma once

#include <QString>

/// What F1 shows for a page of the console: what the page is for and which step of the
/// feature's task flow ("Intercluster Extension Mobility Roaming task flow", the seed
/// document) it serves, in the console's language.
namespace PageHelp {
/// The help of page @p key ("endUser", "serviceActivation", …) as rich text; a page without
/// its own entry gets the task flow overview.
QString html(const QString &key);
/// The page's title in the help window.
QString title(const QString &key);
}
