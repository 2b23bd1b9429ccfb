using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Storage.Schools;
using InternalControl.Testing;
using InternalControl.Testing.Schools;
using System.Data.Common;
using InternalControl.Testing.Databases;

namespace InternalControl.Storage.Tests.Schools;

/// <summary>The school store and its import, run on each backend by <see cref="SqliteSchoolStoreTests"/> and <see cref="PostgresSchoolStoreTests"/>.</summary>
public abstract class SchoolStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly TestDatabase _target;
    private readonly SchoolDatabase _database;
    private readonly School _school;

    protected SchoolStoreTests(Backend backend)
    {
        _target = new TestDatabase(backend, _temp);
        _database = SchoolDatabase.Open(_target.Target);
        _school = _database.Schools.CreateSchool("No. 97", Country.Kg, [Language.Ky, Language.Ru], false, "2026-2027");
    }

    public void Dispose()
    {
        _target.Dispose();
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void FindSchool_TwoSchools_FindsEachByNameAndNoOther()
    {
        // Arrange
        var second = _database.Schools.CreateSchool("No. 12", Country.Kz, [Language.Kk], true, "2025-2026");

        // Act
        var found = _database.Schools.FindSchool("No. 12");

        // Assert
        Assert.Equal((second.Id, "No. 12", Country.Kz, true, "2025-2026"), (found!.Id, found.Name, found.Country, found.Rural, found.Year));
        Assert.Equal([Language.Kk], found.Languages);
        Assert.Equal(["No. 97", "No. 12"], _database.Schools.Schools().Select(s => s.Name));
        Assert.Null(_database.Schools.FindSchool("No. 13"));
    }

    [Fact]
    public void SetYear_NewYear_IsTheYearReadBack()
    {
        // Act
        _database.Schools.SetYear(_school.Id, "2027-2028");

        // Assert
        Assert.Equal("2027-2028", _database.Schools.FindSchool("No. 97")!.Year);
    }

    [Fact]
    public void SetRuleEngine_Chosen_IsReadBackForThatSchoolOnly()
    {
        // Arrange
        var other = _database.Schools.CreateSchool("No. 12", Country.Kz, [Language.Kk], true, "2025-2026");

        // Act
        _database.Schools.SetRuleEngine(_school.Id, "nrules");

        // Assert
        Assert.Equal("nrules", _database.Schools.RuleEngine(_school.Id));
        Assert.Null(_database.Schools.RuleEngine(other.Id));
    }

    [Fact]
    public void SetSixDayWeek_Set_IsReadBackForThatSchoolOnly()
    {
        // Arrange: No. 97 deadlines in school days count Saturdays for a school that teaches on them (migration 1702).
        var other = _database.Schools.CreateSchool("No. 12", Country.Kg, [Language.Ky], false, "2026-2027");

        // Act
        _database.Schools.SetSixDayWeek(_school.Id, true);

        // Assert
        Assert.True(_database.Schools.FindSchool("No. 97")!.SixDayWeek);
        Assert.False(_database.Schools.FindSchool("No. 12")!.SixDayWeek);
        Assert.NotEqual(other.Id, _school.Id);
    }

    [Fact]
    public void Commit_ClassesMarkedOrLeftOpen_LoadReadsThemBack()
    {
        // Arrange: No. 97 5.7, classes.csv marked: yes, no, or left open (migration 1701).
        var data = Class7A().Class("2A", 2).Class("3A", 3).Build();
        var classes = data.Classes.Select(c => c.Id switch { "2A" => c with { Marked = false }, "3A" => c with { Marked = true }, _ => c }).ToList();

        // Act
        Import(Rows(data with { Classes = classes }));

        // Assert
        Assert.Equal([false, true, null], _database.Schools.Load(_school).Classes.OrderBy(c => c.GradeLevel).Select(c => c.Marked));
    }

    [Fact]
    public void Commit_EveryKindOfRow_LoadReadsThemBack()
    {
        // Arrange
        var data = Class7A()
            .Parent("R1", "P1", Language.Ru, phone: "+996 555 000 111")
            .Mark("P1", "MATH", "2026-10-01", 4)
            .Absence("P1", new DateOnly(2026, 10, 2), 3, AbsenceExcuse.Medical, "справка 12")
            .Build();

        // Act
        Import(Rows(data));

        // Assert
        var loaded = _database.Schools.Load(_school);
        Assert.Equal(data.Classes, loaded.Classes);
        Assert.Equal(data.Staff.Select(s => (s.Id, s.FullName, s.Language)), loaded.Staff.Select(s => (s.Id, s.FullName, s.Language)));
        Assert.Equal([StaffRole.ClassTeacher, StaffRole.SubjectTeacher], loaded.Staff.Single().Roles);
        Assert.Equal(data.Pupils, loaded.Pupils);
        Assert.Equal(data.Parents, loaded.Parents);
        Assert.Equal(data.Subjects, loaded.Subjects);
        Assert.Equal(data.Teaching, loaded.Teaching);
        Assert.Equal(data.Marks, loaded.Marks);
        Assert.Equal(data.Absences, loaded.Absences);
    }

    [Fact]
    public void Load_MarksOfEveryKindWithAndWithoutMaximumPoints_AreReadBackExactly()
    {
        // Arrange: ids in Cyrillic, a pupil's subjects interleaved, every kind of mark, maximum points or none
        var data = Class7A()
            .Subject("ФИЗ", "Физика")
            .Teaching("7A", "ФИЗ", "T1")
            .Pupil("П3", "7A")
            .Marks(
            [
                new Mark("П3", "ФИЗ", new DateOnly(2026, 9, 2), 5, MarkKind.Current),
                new Mark("P1", "MATH", new DateOnly(2026, 9, 3), 17, MarkKind.UnitSummative) { Max = 20 },
                new Mark("P1", "ФИЗ", new DateOnly(2026, 12, 31), 2, MarkKind.Quarter),
                new Mark("P1", "MATH", new DateOnly(2026, 10, 1), 8, MarkKind.Formative),
                new Mark("П3", "MATH", new DateOnly(2027, 2, 28), 25, MarkKind.TermSummative) { Max = 30 },
                new Mark("P2", "MATH", new DateOnly(2026, 9, 3), 0, MarkKind.UnitSummative) { Max = 10 },
            ])
            .Build();

        // Act
        Import(Rows(data));
        var loaded = _database.Schools.Load(_school).Marks;

        // Assert: the same marks, each pupil's and subject's in date order
        Assert.Equal(
            data.Marks.OrderBy(m => m.PupilId, StringComparer.Ordinal).ThenBy(m => m.SubjectId, StringComparer.Ordinal).ThenBy(m => m.Date),
            loaded.OrderBy(m => m.PupilId, StringComparer.Ordinal).ThenBy(m => m.SubjectId, StringComparer.Ordinal).ThenBy(m => m.Date));
        Assert.All(loaded.GroupBy(m => (m.PupilId, m.SubjectId)), g => Assert.Equal(g.OrderBy(m => m.Date), g));
        Assert.Same(loaded.First(m => m.PupilId == "П3").PupilId, loaded.Last(m => m.PupilId == "П3").PupilId);
    }

    [Fact]
    public void BeginImport_AfterACommit_ExistingHoldsTheCommittedIds()
    {
        // Arrange
        Import(Rows(Class7A().Build()));

        // Act
        using var import = _database.Schools.BeginImport(_school.Id);

        // Assert
        Assert.Equal(["7A"], import.Existing.Classes);
        Assert.Equal(["T1"], import.Existing.Staff);
        Assert.Equal(["P1", "P2"], import.Existing.Pupils.Order());
        Assert.Equal(["MATH"], import.Existing.Subjects);
    }

    [Fact]
    public void BeginImport_OtherSchool_ExistingIsEmpty()
    {
        // Arrange
        Import(Rows(Class7A().Build()));
        var other = _database.Schools.CreateSchool("No. 12", Country.Kg, [Language.Ky], false, "2026-2027");

        // Act
        using var import = _database.Schools.BeginImport(other.Id);

        // Assert
        Assert.Empty(import.Existing.Pupils);
        Assert.Empty(_database.Schools.Load(other).Pupils);
    }

    [Fact]
    public void Commit_RowTheDatabaseRefuses_LeavesNothingWritten()
    {
        // Arrange: classes, staff and subjects come before the pupil the database refuses (a name is required).
        var data = Class7A().Build();
        var rows = Rows(data with { Pupils = [data.Pupils[0], data.Pupils[1] with { FullName = null! }] });
        using var import = _database.Schools.BeginImport(_school.Id);

        // Act
        Assert.ThrowsAny<DbException>(() => import.Commit(rows));
        import.Dispose();

        // Assert
        var loaded = _database.Schools.Load(_school);
        Assert.Empty(loaded.Classes);
        Assert.Empty(loaded.Staff);
        Assert.Empty(loaded.Pupils);
        Assert.Empty(loaded.Subjects);
    }

    [Fact]
    public void Dispose_WithoutCommit_WritesNothingAndFreesTheDatabase()
    {
        // Arrange
        using (var import = _database.Schools.BeginImport(_school.Id))
        {
            Assert.Empty(import.Existing.Classes);
        }

        // Act: a writer that would wait on a held write lock.
        _database.Schools.SetYear(_school.Id, "2027-2028");

        // Assert
        Assert.Empty(_database.Schools.Load(_school).Classes);
        Assert.Equal("2027-2028", _database.Schools.FindSchool("No. 97")!.Year);
    }

    [Fact]
    public void Commit_SameRowsTwice_StoresThemOnce()
    {
        // Arrange
        var data = Class7A().Mark("P1", "MATH", "2026-10-01", 4).Mark("P1", "MATH", "2026-10-01", 5).Build();
        Import(Rows(data));

        // Act
        Import(Rows(data));

        // Assert
        var loaded = _database.Schools.Load(_school);
        Assert.Equal(2, loaded.Pupils.Count);
        Assert.Equal([4, 5], loaded.Marks.Select(m => m.Value));
    }

    [Fact]
    public void Commit_CorrectedRow_UpdatesInPlace()
    {
        // Arrange
        var data = Class7A().Mark("P1", "MATH", "2026-10-01", 2).Build();
        Import(Rows(data));

        // Act
        Import(new SchoolRows
        {
            Pupils = [data.Pupils[0] with { FullName = "Айбек Осмонов" }],
            Marks = [data.Marks[0] with { Value = 3 }],
        });

        // Assert
        var loaded = _database.Schools.Load(_school);
        Assert.Equal("Айбек Осмонов", loaded.Pupils.Single(p => p.Id == "P1").FullName);
        Assert.Equal(3, Assert.Single(loaded.Marks).Value);
    }

    [Fact]
    public void Commit_DayWithFewerMarksThanStored_RemovesTheSurplusOfThatDayOnly()
    {
        // Arrange: two marks on 1 October (one entered twice by mistake) and two on 2 October.
        var data = Class7A()
            .Mark("P1", "MATH", "2026-10-01", 4).Mark("P1", "MATH", "2026-10-01", 4)
            .Mark("P1", "MATH", "2026-10-02", 3).Mark("P1", "MATH", "2026-10-02", 5)
            .Build();
        Import(Rows(data));

        // Act: the corrected export holds 1 October only, with its one mark.
        Import(new SchoolRows { Marks = [data.Marks[0]] });

        // Assert
        var marks = _database.Schools.Load(_school).Marks;
        Assert.Equal(
            [(new DateOnly(2026, 10, 1), 4), (new DateOnly(2026, 10, 2), 3), (new DateOnly(2026, 10, 2), 5)],
            marks.Select(m => (m.Date, m.Value)));
    }

    private static SchoolBuilder Class7A() => SchoolBuilder.Kyrgyz()
        .Staff("T1", "Гүлнара Асанова", Language.Ky, StaffRole.ClassTeacher, StaffRole.SubjectTeacher)
        .Class("7A", 7, teacher: "T1")
        .Subject("MATH", "Mathematics", ky: "Математика")
        .Teaching("7A", "MATH", "T1", 4.5m)
        .Pupil("P1", "7A", birth: new DateOnly(2013, 5, 4))
        .Pupil("P2", "7A");

    private static SchoolRows Rows(SchoolData data) => new()
    {
        Classes = data.Classes,
        Staff = data.Staff,
        Pupils = data.Pupils,
        Parents = data.Parents,
        Subjects = data.Subjects,
        Teaching = data.Teaching,
        Marks = data.Marks,
        Absences = data.Absences,
    };

    private void Import(SchoolRows rows)
    {
        using var import = _database.Schools.BeginImport(_school.Id);
        import.Commit(rows);
    }
}
