using InternalControl.Kernel.Schools;

namespace InternalControl.Rules.Tests.Runtime;

/// <summary>
/// Each field of a mark reads back as the journal recorded it, on both engines (`Some.Run` asserts they agree): working
/// memory holds a mark in eight bytes, so the value, the maximum, the kind and the quarter share little room.
/// </summary>
public sealed class MarkFieldTests
{
    [Theory]
    [InlineData("m.value = 100 and m.max_points = 100 and m.percent = 100", "a unit summative of 100 points out of 100 (seed 001 R30: a percent file)")]
    [InlineData("m.value = 0 and m.max_points = 20 and m.percent = 0", "a term summative of 0 points out of 20")]
    [InlineData("m.kind = \"term_summative\" and m.term = 2", "the term summative of the second quarter")]
    [InlineData("m.kind = \"formative\" and m.max_points = 10 and m.value = 9", "formative points out of 10 (seed 001 R29)")]
    [InlineData("m.kind = \"year\" and m.term = 4 and m.max_points = 5", "a year mark, in the fourth quarter")]
    [InlineData("m.date = 2026-11-20 and m.kind = \"current\" and m.value = 1", "a current 1 on its date")]
    public void Run_MarkOfEachKindAndQuarter_ReadsBackItsFields(string condition, string because)
    {
        // Arrange
        var body = $"""
            rule "found"
            when
                pupil p
                subject s
                exists(mark m in current_year where {condition})
            then
            end
            """;
        Mark[] marks =
        [
            new("P1", "MATH", new DateOnly(2026, 10, 10), 100, MarkKind.UnitSummative) { Max = 100 },
            new("P1", "MATH", new DateOnly(2026, 10, 12), 0, MarkKind.TermSummative) { Max = 20 },
            new("P1", "HIST", new DateOnly(2026, 12, 10), 15, MarkKind.TermSummative) { Max = 20 },
            new("P1", "KY", new DateOnly(2026, 10, 14), 9, MarkKind.Formative),
            new("P1", "KY", new DateOnly(2027, 5, 20), 4, MarkKind.Year),
            new("P1", "HIST", new DateOnly(2026, 11, 20), 1, MarkKind.Current),
        ];

        // Act
        var result = Some.Run(body, marks, now: new DateOnly(2027, 5, 24));

        // Assert
        Assert.True(Assert.Single(result.Firings).Rule == "found", because);
    }
}
