using InternalControl.Workflows.Runtime;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// A case's key as the runtime stores it and reads it back: the parts in the definition's order as part=value joined with
/// ';', so that a second start of the same pupil, subject and term finds the case already open.
/// </summary>
public sealed class CaseKeyTests
{
    [Fact]
    public void Of_Parts_StoredInTheDefinitionsOrder()
    {
        // Arrange: Kyrgyz school No. 97, 5.7: the low-achiever case is keyed by pupil, subject and term.
        var values = new Dictionary<string, string?> { ["term"] = "2026-2027/2", ["pupil"] = "P1", ["subject"] = "MATH" };

        // Act
        var key = CaseKey.Of(["pupil", "subject", "term"], values.GetValueOrDefault);

        // Assert
        Assert.Equal("pupil=P1;subject=MATH;term=2026-2027/2", key);
        Assert.Equal("pupil=P1;subject=", CaseKey.Of(["pupil", "subject"], p => p == "pupil" ? "P1" : null));
    }

    [Fact]
    public void Parts_StoredKey_EachPartByName()
    {
        // Act
        var parts = CaseKey.Parts("teacher=t010;finding=attestation;since=2021-06-15;finding=again;plain");

        // Assert: the first value of a part written twice; a piece without '=' is no part.
        Assert.Equal(
            [("teacher", "t010"), ("finding", "attestation"), ("since", "2021-06-15")],
            parts.Select(p => (p.Key, p.Value)));
        Assert.Equal(["t010", "attestation", "2021-06-15", "again"], CaseKey.Values("teacher=t010;finding=attestation;since=2021-06-15;finding=again;plain"));
        Assert.Equal("attestation", CaseKey.Part("teacher=t010;finding=attestation", "finding"));
        Assert.Null(CaseKey.Part("P1", "pupil"));
    }
}
