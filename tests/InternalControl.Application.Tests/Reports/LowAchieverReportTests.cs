using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using static InternalControl.Application.Tests.Reports.TableAssert;

namespace InternalControl.Application.Tests.Reports;
/// <summary>Kazakh policy 3: pupils at risk of a single "3" or a single "4" in one subject (limits 1 and 1), and failing pupils (seed 000 §5.1).</summary>
public sealed class LowAchieverReportTests
{
    private const string Pupil = "Reports.Column.Pupil";
    private const string Group = "Reports.Column.Group";

    private static ReportTable Build(Language language = Language.Ru)
    {
        var data = Some.School().Class("5A", 5)
            .Pupil("p1", ("math", [5]), ("lit", [3]))
            .Pupil("p2", ("math", [5]), ("lit", [4]))
            .Pupil("p3", ("math", [3]), ("lit", [3]))
            .Pupil("p4", ("math", [2]), ("lit", [5]))
            .Pupil("p5", ("math", [4]), ("lit", [4]))
            .Build();
        return SchoolReports.Build("low-achievers", data, new ReportOptions(1) { Reserve = new ReserveLimits(1, 1) }, new Localizer(language));
    }

    [Fact]
    public void Build_OnlyOneThree_ListsPupilAtRiskOfSingleThree()
    {
        // Act
        var table = Build();

        // Assert
        Assert.Equal("Риск одной «3»", Cell(table, Row(table, Pupil, "Pupil p1"), Group).Text);
    }

    [Fact]
    public void Build_OneFourAndOtherwiseFives_ListsPupilAtRiskOfSingleFourInKazakh()
    {
        // Act
        var table = Build(Language.Kk);

        // Assert
        Assert.Equal("Бір «4»-ке шығу қаупі", Cell(table, Row(table, Pupil, "Pupil p2"), Group).Text);
    }

    [Fact]
    public void Build_TwoThreesOrTwoFours_NotListed()
    {
        // Act
        var table = Build();

        // Assert
        Assert.DoesNotContain(table.Rows, r => r[table.ColumnIndex(Pupil)].Text is "Pupil p3" or "Pupil p5");
    }

    [Fact]
    public void Build_ATwo_ListsFailingPupilInKyrgyz()
    {
        // Act
        var table = Build(Language.Ky);

        // Assert
        Assert.Equal("Жетишпейт: «2»", Cell(table, Row(table, Pupil, "Pupil p4"), Group).Text);
    }
}
