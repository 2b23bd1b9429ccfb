using System.Globalization;
using CsvHelper;
using InternalControl.Application.Import;
using InternalControl.Application.Samples;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Database;
using InternalControl.Localization;
using InternalControl.Testing;

namespace InternalControl.Application.Tests.Samples;

public sealed class SampleSchoolTests
{
    [Theory]
    [InlineData(Country.Kg)]
    [InlineData(Country.Kz)]
    public void Write_SameSeedTwice_WritesIdenticalBytes(Country country)
    {
        // Arrange
        using var temp = new TempFolder();
        var options = new SampleOptions(country, 120, Seed: 7);

        // Act
        SampleSchool.Write(options, temp.File("a"));
        SampleSchool.Write(options, temp.File("b"));

        // Assert
        foreach (var file in Directory.GetFiles(temp.File("a")).Order(StringComparer.Ordinal))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(temp.File("b"), Path.GetFileName(file))));
        }
    }

    [Theory]
    [InlineData(2_890)]
    [InlineData(SampleOptions.MaxPupils)]
    public void Build_UpToTheStatedMaximum_GivesEveryPupilAClassWithItsOwnIdAndName(int pupils)
    {
        // Arrange: more than ten parallel classes a grade ran out of class letters (issue 16, item 3).
        var data = new SampleData();

        // Act
        new SampleStructure(new Random(42), new SampleOptions(Country.Kg, pupils), data).Build();

        // Assert
        Assert.Equal(pupils, data.Pupils.Count);
        Assert.Equal(data.Classes.Count, data.Classes.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(data.Classes.Count, data.Classes.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(data.Classes, c => Assert.NotNull(c.ClassTeacherId));
    }

    [Fact]
    public void Write_Kazakh_TeachingCarriesRealisticWeeklyHours()
    {
        // Arrange: seed 001 R31 needs the hours: mathematics 4 a week, music and art 1 (at most 2 unit summatives).
        using var temp = new TempFolder();
        SampleSchool.Write(new SampleOptions(Country.Kz, 120, Seed: 7), temp.Path);

        // Act
        var rows = File.ReadAllLines(Path.Combine(temp.Path, "teaching.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        // Assert
        Assert.All(rows.Where(r => r[1] == "math"), r => Assert.Equal("4", r[3]));
        Assert.All(rows.Where(r => r[1] is "music" or "art"), r => Assert.Equal("1", r[3]));
        Assert.All(rows, r => Assert.InRange(int.Parse(r[3], CultureInfo.InvariantCulture), 1, 5));
    }

    [Fact]
    public void Write_OtherSeed_WritesOtherMarks()
    {
        // Arrange
        using var temp = new TempFolder();

        // Act
        SampleSchool.Write(new SampleOptions(Country.Kg, 120, Seed: 1), temp.File("a"));
        SampleSchool.Write(new SampleOptions(Country.Kg, 120, Seed: 2), temp.File("b"));

        // Assert
        Assert.NotEqual(File.ReadAllText(temp.File("a/marks.csv")), File.ReadAllText(temp.File("b/marks.csv")));
    }

    [Theory]
    [InlineData(Country.Kg)]
    [InlineData(Country.Kz)]
    public void Write_Sample_ImportsWithoutErrors(Country country)
    {
        // Arrange
        using var temp = new TempFolder();
        var summary = SampleSchool.Write(new SampleOptions(country, 240), temp.File("sample")).Value!;
        var database = SchoolDatabase.Open(temp.File("school.db"));
        var school = database.Schools.CreateSchool(summary.SchoolName, country, summary.Languages, false, summary.Year);

        // Act
        var outcome = new SchoolImporter(database).Import(school, temp.File("sample"));

        // Assert
        Assert.Empty(outcome.Errors);

        // A file the sample does not write (the Kyrgyz school has no internal control plan) imports no rows.
        Assert.Equal(summary.Counts, outcome.Counts.Where(c => c.Value > 0 || summary.Counts.ContainsKey(c.Key)));
    }

    [Fact]
    public void Write_Sample_GivesGradeOneNoMarks()
    {
        // Arrange
        using var temp = new TempFolder();

        // Act
        var journal = Journal(Country.Kz, temp);

        // Assert
        var gradeOne = journal.Pupils.Where(p => journal.Grade[p.Value] == 1).Select(p => p.Key).ToHashSet();
        Assert.NotEmpty(gradeOne);
        Assert.DoesNotContain(journal.Marks, m => gradeOne.Contains(m.Pupil));
    }

    [Fact]
    public void Write_KazakhSample_KeepsPointsOutOfMaximaAndNoCurrentMarks()
    {
        // Arrange
        using var temp = new TempFolder();
        SampleSchool.Write(new SampleOptions(Country.Kz, 240), temp.File("sample"));
        var grade = Rows(temp.File("sample/classes.csv")).ToDictionary(r => r[0], r => int.Parse(r[2], CultureInfo.InvariantCulture));
        var classOf = Rows(temp.File("sample/pupils.csv")).ToDictionary(r => r[0], r => r[2]);

        // Act
        var marks = Rows(temp.File("sample/marks.csv"))
            .Select(r => (Pupil: r[0], Subject: r[1], Date: DateOnly.Parse(r[2], CultureInfo.InvariantCulture), Value: int.Parse(r[3], CultureInfo.InvariantCulture), Kind: r[4], Max: r[5]))
            .ToList();

        // Assert: Kazakh journals hold no 5-point current marks (order No. 125); a СОР has 7-15 points in grades 1-4 and
        // 7-20 in grades 5-11 (seed 001 R30); every summative's points are within its maximum.
        Assert.DoesNotContain(marks, m => m.Kind == "current");
        var units = marks.Where(m => m.Kind == "unit_summative").ToList();
        Assert.All(units, m => Assert.InRange(int.Parse(m.Max, CultureInfo.InvariantCulture), 7, grade[classOf[m.Pupil]] <= 4 ? 15 : 20));
        Assert.All(marks.Where(m => m.Kind.EndsWith("_summative", StringComparison.Ordinal)), m => Assert.InRange(m.Value, 0, int.Parse(m.Max, CultureInfo.InvariantCulture)));
        Assert.All(marks.Where(m => m.Kind == "formative"), m => Assert.Equal(("", true), (m.Max, m.Value is >= 1 and <= 10)));

        // About 4-9% of pupil-subject pairs are weak this quarter: their СОР so far are below 40% of the maxima (a "2").
        var current = units.Where(m => m.Date >= new DateOnly(2026, 11, 2)).GroupBy(m => (m.Pupil, m.Subject)).ToList();
        var weak = current.Count(g => g.Sum(m => m.Value) * 100.0 / g.Sum(m => int.Parse(m.Max, CultureInfo.InvariantCulture)) < 39.5) / (double)current.Count;
        Assert.InRange(weak, 0.04, 0.09);
    }

    [Fact]
    public void Write_KyrgyzSample_HasWeakPairsAndPairsWithExactlyTwoTwos()
    {
        // Arrange
        using var temp = new TempFolder();
        const Country country = Country.Kg;

        // Act
        var journal = Journal(country, temp);

        // Assert: 2s in the current quarter (from the second quarter's start) per pupil and subject.
        var quarterStart = new DateOnly(2026, 11, 9);
        var pairs = journal.Marks.Where(m => m.Kind == "current").GroupBy(m => (m.Pupil, m.Subject)).ToList();
        var twos = pairs.Select(g => g.Count(m => m.Value == 2 && m.Date >= quarterStart)).ToList();
        var weakShare = twos.Count(t => t >= 3) / (double)pairs.Count;
        Assert.InRange(weakShare, 0.04, 0.09);
        Assert.Contains(2, twos);
        Assert.Contains(pairs, g => g.Count(m => m.Value == 2 && m.Date < quarterStart) >= 3 && g.All(m => m.Value != 2 || m.Date < quarterStart));
    }

    [Fact]
    public void Write_KazakhSample_HasAtMostThreeUnitSummativesAQuarter()
    {
        // Arrange
        using var temp = new TempFolder();

        // Act
        var journal = Journal(Country.Kz, temp);

        // Assert
        var units = journal.Marks.Where(m => m.Kind == "unit_summative").ToList();
        Assert.NotEmpty(units);
        Assert.All(units.GroupBy(m => (m.Pupil, m.Subject, m.Date < new DateOnly(2026, 11, 1))), g => Assert.InRange(g.Count(), 1, 3));
        Assert.Contains(journal.Marks, m => m.Kind == "term_summative");
        Assert.Contains(journal.Marks, m => m.Kind == "quarter");
        Assert.Contains(journal.Marks, m => m.Kind == "formative");
    }

    [Fact]
    public void Write_Sample_HasParentNoteOfFourDaysAndSystematicTruants()
    {
        // Arrange
        using var temp = new TempFolder();
        SampleSchool.Write(new SampleOptions(Country.Kg, 240), temp.File("sample"));

        // Act
        var absences = Rows(temp.File("sample/absences.csv")).Select(r => (Pupil: r[0], Date: DateOnly.Parse(r[1], CultureInfo.InvariantCulture), Excuse: r[3])).ToList();

        // Assert: 6.2 A allows a parent's note for at most 3 days; the sample has a run of 4.
        Assert.Contains(absences.Where(a => a.Excuse == "parent_note").GroupBy(a => a.Pupil), g => Runs(g.Select(a => a.Date)) >= 4);
        Assert.True(absences.Where(a => a.Excuse == "none").GroupBy(a => a.Pupil).Count(g => g.Count() >= 7) >= 2);
    }

    [Fact]
    public void Write_KyrgyzSample_HasKyrgyzAndRussianClassesAndEveryRoleButTheCouncilHead()
    {
        // Arrange
        using var temp = new TempFolder();

        // Act
        var summary = SampleSchool.Write(new SampleOptions(Country.Kg, 240), temp.File("sample")).Value!;

        // Assert
        Assert.Equal([Language.Ky, Language.Ru], summary.Languages);
        var languages = Rows(temp.File("sample/classes.csv")).Select(r => r[3]).Distinct().Order();
        Assert.Equal(["ky", "ru"], languages);
        var roles = Rows(temp.File("sample/staff.csv")).SelectMany(r => r[3].Split('|')).ToHashSet();

        // Regulation No. 97 hears nothing at a methodological council: the Kyrgyz sample has no head of one.
        Assert.Equal(Codes.RoleCodeList.Where(c => c != StaffRole.MethodologicalCouncilHead.Code()).ToHashSet(), roles);
        Assert.InRange(Rows(temp.File("sample/pupils.csv")).Count, 235, 245);
    }

    [Fact]
    public void Write_KazakhSample_OneTeacherOfTheSchoolsLanguageHeadsTheMethodologicalCouncil()
    {
        // Arrange
        using var temp = new TempFolder();

        // Act
        SampleSchool.Write(new SampleOptions(Country.Kz, 240), temp.File("sample"));

        // Assert: seed 000 §2.6, the council's chair hears what the plan sends to the council.
        var head = Assert.Single(Rows(temp.File("sample/staff.csv")), r => r[3].Split('|').Contains("methodological_council_head"));
        Assert.Equal(("kk", "subject_teacher|methodological_council_head"), (head[2], head[3]));
    }

    private static int Runs(IEnumerable<DateOnly> dates)
    {
        var best = 0;
        var run = 0;
        DateOnly? last = null;
        foreach (var date in dates.Order())
        {
            run = last is { } l && date.DayNumber - l.DayNumber == 1 ? run + 1 : 1;
            best = Math.Max(best, run);
            last = date;
        }

        return best;
    }

    private static (Dictionary<string, string> Pupils, Dictionary<string, int> Grade, List<(string Pupil, string Subject, DateOnly Date, int Value, string Kind)> Marks) Journal(Country country, TempFolder temp)
    {
        SampleSchool.Write(new SampleOptions(country, 240), temp.File("sample"));
        var grade = Rows(temp.File("sample/classes.csv")).ToDictionary(r => r[0], r => int.Parse(r[2], CultureInfo.InvariantCulture));
        var pupils = Rows(temp.File("sample/pupils.csv")).ToDictionary(r => r[0], r => r[2]);
        var marks = Rows(temp.File("sample/marks.csv"))
            .Select(r => (r[0], r[1], DateOnly.Parse(r[2], CultureInfo.InvariantCulture), int.Parse(r[3], CultureInfo.InvariantCulture), r[4]))
            .ToList();
        return (pupils, grade, marks);
    }

    private static List<string[]> Rows(string path)
    {
        using var reader = CsvReader.FromFile(path);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return rows;
    }
}
