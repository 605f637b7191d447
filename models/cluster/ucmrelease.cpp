#include "ucmrelease.h"

#include <QRegularExpression>

#include <array>

namespace {
// major, minor, maintenance release, service update; -1 when the name is not a release
std::array<int, 4> parts(const QString &release)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,3})\\.(\\d{1,3})(?:\\((\\d{1,3})\\))?(?:\\s*SU(\\d{1,3})[a-z]?)?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(release);
    if (!m.hasMatch())
        return {-1, -1, -1, -1};
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).isEmpty() ? 1 : m.captured(3).toInt(),
            m.captured(4).isEmpty() ? 0 : m.captured(4).toInt()};
}
} // namespace

bool UcmRelease::isValid(const QString &release)
{
    return parts(release)[0] >= 0;
}

int UcmRelease::compare(const QString &a, const QString &b)
{
    const auto pa = parts(a), pb = parts(b);
    for (int i = 0; i < 4; ++i)
        if (pa[i] != pb[i])
            return pa[i] < pb[i] ? -1 : 1;
    return 0;
}

bool UcmRelease::supportsRoaming(const QString &release)
{
    return isValid(release) && compare(release, MinimumForRoaming) >= 0;
}
