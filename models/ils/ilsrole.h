#pragma once

/// What a cluster is in the ILS network (Advanced Features › ILS Configuration): a hub, a spoke
/// that registers with one hub, or not taking part (Cisco's "Stand-alone Cluster"). lab.json,
/// the ILS network, the pages and the topology map all speak of it with this one enum.
enum class IlsRole { None, Hub, Spoke };
