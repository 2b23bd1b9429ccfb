using InternalControl.Application.Cases;
using InternalControl.Application.Demo;
using InternalControl.Application.Import;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Testing;

namespace InternalControl.Application.Tests.Cases;

/// <summary>
/// The web host's live school: read and evaluated once, fed the marks an import adds (No. 97 5.7: a third "2" in a
/// subject in the quarter makes the pupil a low achiever), rebuilt only when more than marks and absences changed.
/// </summary>
public sealed class LiveSchoolTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private readonly TempFolder _temp = new();
    private readonly Workspace _workspace;
    private readonly SchoolData _data;

    public LiveSchoolTests()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "kg-school");
        var clock = new SteppingClock(SchoolTime.MorningOf(Today));
        var school = DemoSchool.Create(folder, SampleManifest.Read(folder), _temp.File("school.db"), clock.GetUtcNow());
        _workspace = Workspace.Open(school.Database.Path, school.School.Name, clock).Value!;
        _data = _workspace.Load();
    }

    [Fact]
    public void ThreeTwosImported_AreFedToTheLiveRuleSession_AndThePupilBecomesALowAchiever_WithoutRebuilding()
    {
        // Arrange: a grade-7 pupil with no "2" in a subject their class is taught this quarter (5.7 has not fired for them)
        var live = LiveSchool.Load(_workspace).Value!;
        var before = live.Snapshot.Data;
        var (pupil, subject) = PupilWithoutTwos();
        // Days of the quarter with no mark of theirs in the subject: the new marks add to the journal, they correct nothing.
        var days = Enumerable.Range(2, 26).Reverse().Select(d => new DateOnly(2026, 11, d))
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Where(d => !_data.Marks.Any(m => m.PupilId == pupil.Id && m.SubjectId == subject && m.Date == d))
            .Take(3).ToList();
        Assert.DoesNotContain(live.ResultFor(pupil.Id)!.Starts, s => s.SubjectId == subject);

        // Act: the subject teacher's journal brings three "2"s, imported as a school imports them
        Import("marks.csv", "pupil_id,subject_id,date,value,kind\n" + string.Join("\n", days.Select(d => $"{pupil.Id},{subject},{IsoDate.Text(d)},2,current")) + "\n");
        var result = live.ResultFor(pupil.Id)!;

        // Assert: the live session has the case's start for that subject, fed three marks, and was not rebuilt
        Assert.Contains(result.Starts, s => s.SubjectId == subject && s.PupilId == pupil.Id);
        Assert.Equal((3, 1), (live.Fed, live.Rebuilds));
        Assert.Equal(_data.Marks.Count + 3, live.Snapshot.Data.Marks.Count);

        // Only the three new marks were read: the school's other lists are the ones read at the start.
        Assert.Same(before.Pupils, live.Snapshot.Data.Pupils);
        Assert.Same(before.Classes, live.Snapshot.Data.Classes);
    }

    [Fact]
    public void AMarkCorrectedByAnImport_RebuildsTheLiveSchool_WithTheCorrectedValue()
    {
        // Arrange: a pupil's first mark, as the journal holds it
        var live = LiveSchool.Load(_workspace).Value!;
        var mark = _data.Marks.First(m => m.Kind == MarkKind.Current && !_data.Marks.Any(o => !ReferenceEquals(o, m) && o.PupilId == m.PupilId && o.SubjectId == m.SubjectId && o.Date == m.Date && o.Kind == m.Kind));
        var corrected = mark.Value == 5 ? 4 : 5;

        // Act: the teacher corrects it and the journal is imported again
        Import("marks.csv", $"pupil_id,subject_id,date,value,kind\n{mark.PupilId},{mark.SubjectId},{IsoDate.Text(mark.Date)},{corrected},current\n");
        var after = live.Snapshot.Data.Marks.Where(m => m.PupilId == mark.PupilId && m.SubjectId == mark.SubjectId && m.Date == mark.Date && m.Kind == MarkKind.Current).ToList();

        // Assert: a correction is not an addition; the school is read again and holds the corrected value only
        Assert.Equal((0, 2), (live.Fed, live.Rebuilds));
        Assert.Equal(corrected, Assert.Single(after).Value);
    }

    [Fact]
    public void TheSameMarksImportedAgain_ChangeNothing_AndNothingIsReadAgain()
    {
        // Arrange
        var live = LiveSchool.Load(_workspace).Value!;
        var before = live.Snapshot;
        var stamp = _workspace.Database.Schools.Stamp(_workspace.School.Id);
        var mark = _data.Marks.First(m => m.Kind == MarkKind.Current && !_data.Marks.Any(o => !ReferenceEquals(o, m) && o.PupilId == m.PupilId && o.SubjectId == m.SubjectId && o.Date == m.Date && o.Kind == m.Kind));

        // Act: a mark that is already there, imported again
        Import("marks.csv", $"pupil_id,subject_id,date,value,kind\n{mark.PupilId},{mark.SubjectId},{IsoDate.Text(mark.Date)},{mark.Value},current\n");

        // Assert: the school's versions did not move, so the live school is the one it was
        Assert.Equal(stamp, _workspace.Database.Schools.Stamp(_workspace.School.Id));
        Assert.Same(before, live.Snapshot);
        Assert.Equal((0, 1), (live.Fed, live.Rebuilds));
    }

    [Fact]
    public void APupilRenamedByAnImport_RebuildsTheLiveSchool_AndPagesReadTheNewName()
    {
        // Arrange
        var live = LiveSchool.Load(_workspace).Value!;
        var pupil = _data.Pupils[0];

        // Act
        Import("pupils.csv", $"pupil_id,full_name,class_id,birth_date\n{pupil.Id},Жаңы Аты,{pupil.ClassId},{IsoDate.Text(pupil.BirthDate)}\n");
        var renamed = live.Snapshot.Data.Pupils.Single(p => p.Id == pupil.Id);

        // Assert
        Assert.Equal("Жаңы Аты", renamed.FullName);
        Assert.Equal((0, 2), (live.Fed, live.Rebuilds));
    }

    [Fact]
    public void NothingChanged_ReadsNothingAgain()
    {
        // Arrange
        var live = LiveSchool.Load(_workspace).Value!;
        var before = live.Snapshot;

        // Act
        using var session = live.Open();

        // Assert: the same snapshot is shared, its data the session's
        Assert.Same(before, live.Snapshot);
        Assert.Same(before.Data, session.Data);
        Assert.Equal((0, 1), (live.Fed, live.Rebuilds));
    }

    public void Dispose()
    {
        InternalControl.Storage.Database.SchoolDatabase.ReleaseAll();
        _temp.Dispose();
    }

    private (Pupil Pupil, string Subject) PupilWithoutTwos()
    {
        // 5.7 applies from grade 4 (grades 2-3 are not marked); grade 7 is well inside it.
        var marked = _data.Classes.Where(c => c.GradeLevel == 7).Select(c => c.Id).ToHashSet();
        foreach (var pupil in _data.Pupils.Where(p => marked.Contains(p.ClassId)))
        {
            var classId = pupil.ClassId;
            foreach (var teaching in _data.Teaching.Where(t => t.ClassId == classId))
            {
                if (!_data.Marks.Any(m => m.PupilId == pupil.Id && m.SubjectId == teaching.SubjectId && m.Value <= 2))
                {
                    return (pupil, teaching.SubjectId);
                }
            }
        }

        throw new InvalidOperationException("The sample has no pupil without a 2.");
    }

    private void Import(string file, string text)
    {
        var folder = _temp.File("import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, file), text);
        var outcome = new SchoolImporter(_workspace.Database).Import(_workspace.School, folder);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Summary(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
