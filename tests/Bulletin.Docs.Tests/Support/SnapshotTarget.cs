using NUnit.Framework;

namespace Bulletin.Docs.Tests.Support;

/// <summary>
/// One file of a snapshot: its text, its extension (without the dot) and, when a test verifies
/// several files, a name that tells them apart (Verify's named targets: <c>#name</c> in the file name).
/// </summary>
internal sealed record SnapshotTarget(string Extension, string Text, string? Name = null);
