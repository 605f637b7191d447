#pragma once

#include <QString>

/// Unified CM release names as Cisco writes them: "12.0(1)SU1", "11.5(1)SU3", "14.0(1)".
/// EM Roaming Across Clusters first shipped in 12.0(1)SU1; a cluster on an older release takes
/// no roaming logins.
namespace UcmRelease {
/// The first release with Intercluster Extension Mobility Roaming.
inline const QString MinimumForRoaming = QStringLiteral("12.0(1)SU1");
/// What a cluster runs when lab.json does not say (and what the demo lab's clusters run).
inline const QString Default = QStringLiteral("14.0(1)SU3");
/// True for major.minor, optionally (maintenance) and SUn: "12.5(1)SU2", "14.0".
bool isValid(const QString &release);
/// <0, 0, >0 as @p a is older than, the same as, or newer than @p b (invalid names sort first).
int compare(const QString &a, const QString &b);
/// 12.0(1)SU1 or later.
bool supportsRoaming(const QString &release);
}
