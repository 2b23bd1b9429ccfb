namespace InternalControl.Rules.Tests.Compilation;

public sealed class AggregateTests
{
    [Theory]
    [InlineData("count(mark g where g.value = 2) = 3", true)]
    [InlineData("count(mark g where g.value = 2) = 4", false)]
    [InlineData("sum(mark g) = 11", true)]
    [InlineData("sum(mark g: g.value * 2) = 22", true)]
    [InlineData("avg(mark g) = 2.75", true)]
    [InlineData("min(mark g) = 2", true)]
    [InlineData("max(mark g where g.value < 5) = 2", true)]
    [InlineData("exists(mark g where g.value = 5)", true)]
    [InlineData("exists(mark g where g.value = 4)", false)]
    [InlineData("none(mark g where g.value = 4)", true)]
    [InlineData("none(mark g where g.value = 5)", false)]
    public void Evaluate_AggregateOverMathsMarks_FiresAsComputed(string condition, bool fires)
    {
        // Arrange
        var body = $"rule \"r\" when pupil p subject s s = \"MATH\" and {condition} then set x = 1 end";

        // Act
        var result = Some.Run(body, Some.Marks);

        // Assert
        Assert.Equal(fires, result.Firings.Any(f => f.PupilId == "P1"));
    }

    [Fact]
    public void Evaluate_AggregateWithoutSubject_CountsEverySubjectOfThePupil()
    {
        // Arrange
        const string body = "rule \"r\" when pupil p count(mark g where g.value <= 3) = 4 then set x = 1 end";

        // Act
        var result = Some.Run(body, Some.Marks);

        // Assert
        Assert.Equal("P1", Assert.Single(result.Firings).PupilId);
    }

    [Fact]
    public void Evaluate_AbsenceAggregate_CountsUnexcusedLessons()
    {
        // Arrange
        const string body = "rule \"r\" when pupil p sum(absence a: a.lessons where not a.excused) >= 5 then notify class_teacher \"Policy.Kg.UnexcusedDiary\" end";
        var absences = new[]
        {
            new Kernel.Schools.Absence("P1", new DateOnly(2026, 10, 1), 3, Kernel.Schools.AbsenceExcuse.None, null),
            new Kernel.Schools.Absence("P1", new DateOnly(2026, 10, 2), 2, Kernel.Schools.AbsenceExcuse.None, null),
            new Kernel.Schools.Absence("P1", new DateOnly(2026, 10, 5), 6, Kernel.Schools.AbsenceExcuse.Medical, null),
        };

        // Act
        var result = Some.Run(body, [], absences);

        // Assert
        Assert.Equal("class_teacher", Assert.Single(result.Notifications).Role);
    }
}
