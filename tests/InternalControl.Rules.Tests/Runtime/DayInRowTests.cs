using InternalControl.Kernel.Schools;

namespace InternalControl.Rules.Tests.Runtime;

/// <summary>
/// `a.day_in_row`: an absence's place in its run of consecutive school days missed with the same excuse,
/// which No. 97 6.2 A needs ("ата эненин 3 күндүк мөөнөттөн ашпаган түшүнүк каты": a parent's note for at
/// most 3 days of one absence, not 3 note days a quarter).
/// </summary>
public sealed class DayInRowTests
{
    private const string Over3 = "rule \"r\" when pupil p then assert over(p) = count(absence a where a.excuse = \"parent_note\" and a.day_in_row > 3) end";

    [Fact]
    public void Evaluate_FourDayParentNote_LeavesOneDayPastTheLimit()
    {
        // Arrange: Mon 5 - Thu 8 October 2026.
        var absences = Notes("2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08");

        // Act
        var result = Some.Run(Over3, [], absences);

        // Assert
        Assert.Equal(1, Assert.Single(result.Facts, f => f.PupilId == "P1").Value);
    }

    [Fact]
    public void Evaluate_TwoSeparateTwoDayNotes_NoDayPastTheLimit()
    {
        // Arrange: Mon-Tue, then Thu-Fri; Wednesday was a school day in between.
        var absences = Notes("2026-10-05", "2026-10-06", "2026-10-08", "2026-10-09");

        // Act
        var result = Some.Run(Over3, [], absences);

        // Assert
        Assert.Equal(0, Assert.Single(result.Facts, f => f.PupilId == "P1").Value);
    }

    [Fact]
    public void Evaluate_RunOverAWeekend_StaysOneRun()
    {
        // Arrange: Thu 8, Fri 9, Mon 12, Tue 13 October: four school days in a row.
        var absences = Notes("2026-10-08", "2026-10-09", "2026-10-12", "2026-10-13");

        // Act
        var result = Some.Run(Over3, [], absences);

        // Assert
        Assert.Equal(1, Assert.Single(result.Facts, f => f.PupilId == "P1").Value);
    }

    [Fact]
    public void Evaluate_RunOverTheAutumnVacation_StaysOneRun()
    {
        // Arrange: Mon 2, Tue 3 November, the vacation of 4-8 November, Mon 9, Tue 10 November.
        var absences = Notes("2026-11-02", "2026-11-03", "2026-11-09", "2026-11-10");

        // Act
        var result = Some.Run(Over3, [], absences, new DateOnly(2026, 11, 20));

        // Assert: quarter 2 counts only the 9th and 10th, the 4th day of the run among them.
        Assert.Equal(1, Assert.Single(result.Facts, f => f.PupilId == "P1").Value);
    }

    [Fact]
    public void Evaluate_TwoRowsOnOneDate_CountAsOneDayOfTheRun()
    {
        // Arrange: Tuesday recorded twice (two lessons rows).
        var absences = Notes("2026-10-05", "2026-10-06", "2026-10-06", "2026-10-07");

        // Act
        var result = Some.Run(Over3, [], absences);

        // Assert
        Assert.Equal(0, Assert.Single(result.Facts, f => f.PupilId == "P1").Value);
    }

    [Fact]
    public void Evaluate_DoctorsDayBreaksTheNotesRun_NoDayPastTheLimit()
    {
        // Arrange: note Mon-Tue, certificate Wed, note Thu-Fri.
        var absences = Notes("2026-10-05", "2026-10-06", "2026-10-08", "2026-10-09")
            .Append(new Absence("P1", new DateOnly(2026, 10, 7), 6, AbsenceExcuse.Medical, null));

        // Act
        var result = Some.Run(Over3, [], absences);

        // Assert
        Assert.Equal(0, Assert.Single(result.Facts, f => f.PupilId == "P1").Value);
    }

    [Fact]
    public void Evaluate_DaysGivenOutOfOrder_NumbersTheRunByDate()
    {
        // Arrange: five days given out of order.
        const string body = "rule \"r\" when pupil p then assert longest(p) = max(absence a: a.day_in_row) end";
        var absences = Notes("2026-10-09", "2026-10-05", "2026-10-07", "2026-10-06", "2026-10-08");

        // Act
        var result = Some.Run(body, [], absences);

        // Assert
        Assert.Equal(5, Assert.Single(result.Facts, f => f.PupilId == "P1").Value);
    }

    [Fact]
    public void Add_FourthDayOfANoteIncrementally_IsPastTheLimit()
    {
        // Arrange
        var session = Some.Compile(Some.Policy(Over3)).OpenSession(Some.School([], Notes("2026-10-05", "2026-10-06", "2026-10-07")), Some.Calendar, Some.Now);
        session.Run();

        // Act
        session.Add(new Absence("P1", new DateOnly(2026, 10, 8), 6, AbsenceExcuse.ParentNote, null));

        // Assert
        Assert.Equal(1, Assert.Single(session.Result().Facts, f => f.PupilId == "P1").Value);
    }

    private static IEnumerable<Absence> Notes(params string[] dates) =>
        dates.Select(d => new Absence("P1", DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), 6, AbsenceExcuse.ParentNote, null));
}
