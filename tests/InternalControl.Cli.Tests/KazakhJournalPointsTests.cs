using System.Text.Json;
using InternalControl.Testing;
using static InternalControl.Cli.Tests.CsvSchool;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Kazakh marks as the e-journals keep them (issue 14, finding 1; seed 001 R29-R35): a school imported from CSV
/// whose marks.csv holds formative points, and unit and term summatives as points with their maxima (max_points),
/// no 5-point current marks. `ic report criteria-marks` computes the quarter mark as R33 has it, and the shipped
/// monitoring rules open cases from these points.
/// </summary>
public sealed class KazakhJournalPointsTests
{
    [Fact]
    public void ReportCriteriaMarks_R33WorkedExample_UnitPartIsPointsOverMaximaAndTermPartWeighsHalf()
    {
        // Arrange: p1's maths in quarter 1: СОР 12 of 15 and 14 of 20, СОЧ 18 of 25, formative 8, 6, 7 (not counted).
        //   unit part  = (12 + 14) / (15 + 20) = 26 / 35 = 74.29%   (the mean of the percents, 75%, is not R33's)
        //   term part  = 18 / 25 = 72%
        //   quarter    = 0.5 × 74.29 + 0.5 × 72 = 73.14% -> 73 -> "4" (65-84)
        using var temp = new TempFolder();
        var db = School(temp);

        // Act
        var rows = CriteriaMarks(temp, db, "1");

        // Assert
        var maths = rows.Single(r => r["Pupil"] == "Ахметов Нұрлан" && r["Subject"] == "Mathematics");
        Assert.Equal("12/15, 14/20", maths["Unit summatives, points"]);
        Assert.Equal("74.3", maths["Unit summatives, %"]);
        Assert.Equal("18/25", maths["Term summative, points"]);
        Assert.Equal("72.0", maths["Term summative, %"]);
        Assert.Equal("70.0", maths["Formative, %"]);
        Assert.Equal("73.1", maths["Quarter, %"]);
        Assert.Equal("4", maths["Mark"]);
    }

    [Fact]
    public void ReportCriteriaMarks_R35SubjectWithoutSummatives_IsCredited()
    {
        // Arrange: self-knowledge has formative points only
        using var temp = new TempFolder();
        var db = School(temp);

        // Act
        var rows = CriteriaMarks(temp, db, "1");

        // Assert
        var credited = rows.Single(r => r["Pupil"] == "Ахметов Нұрлан" && r["Subject"] == "Self-knowledge");
        Assert.Equal("credited (есептелінді)", credited["Mark"]);
    }

    [Fact]
    public void ReportCriteriaMarks_R31OneHourSubject_MarkedAtTheHalfYearNotInQuarterOne()
    {
        // Arrange: history is taught 1 hour a week (teaching.csv weekly_hours)
        using var temp = new TempFolder();
        var db = School(temp);

        // Act
        var rows = CriteriaMarks(temp, db, "1");

        // Assert
        var history = rows.Single(r => r["Pupil"] == "Ахметов Нұрлан" && r["Subject"] == "History of Kazakhstan");
        Assert.Equal("at the half-year", history["Mark"]);
    }

    [Fact]
    public void Evaluate_LowSummativePoints_OpensGapWorkFromTheJournalsPoints()
    {
        // Arrange: p2's maths СОР 4 of 15 and 5 of 20 (9 of 35, 26%) project a "2"; p1 projects a 4 in maths
        using var temp = new TempFolder();
        var db = School(temp);

        // Act
        var run = Ic.Run("evaluate", "--db", db, "--now", "2026-10-12");

        // Assert
        run.AssertSucceeded();
        var cases = JsonDocument.Parse(Ic.Run("cases", "--json", "--db", db, "--now", "2026-10-12").Out).RootElement.EnumerateArray()
            .Select(c => (c.GetProperty("workflow").GetString(), c.GetProperty("pupil").GetString(), c.GetProperty("subject").GetString()))
            .ToList();
        Assert.Contains(("gap-work", "p2", "math"), cases);
        Assert.DoesNotContain(cases, c => c.Item2 == "p1" && c.Item1 == "gap-work");
    }

    [Fact]
    public void Import_PointsAboveTheirMaximum_RefusedWithRowAndColumn()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = School(temp);
        var folder = temp.File("bad");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "marks.csv"), ["pupil_id,subject_id,date,value,kind,max_points", "p1,math,2026-10-05,17,unit_summative,15"]);

        // Act
        var run = Ic.Run("import", folder, "--db", db, "--lang", "en");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("17 points are more than the summative's maximum of 15.", run.Out + run.Error, StringComparison.Ordinal);
    }

    private static List<Dictionary<string, string>> CriteriaMarks(TempFolder temp, string db, string quarter)
    {
        var file = temp.File("criteria-" + quarter + ".csv");
        var run = Ic.Run("report", "criteria-marks", "--quarter", quarter, "--format", "csv", "--out", file, "--db", db, "--now", "2026-10-30", "--lang", "en");
        run.AssertSucceeded();
        // The file starts with the report's title, then the header row, the rows and the notes.
        var lines = File.ReadAllLines(file).SkipWhile(l => !l.StartsWith("Class,", StringComparison.Ordinal)).ToList();
        var header = Split(lines[0]);
        return lines.Skip(1).Select(Split).Where(cells => cells.Count == header.Count)
            .Select(cells => header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .ToList();
    }

    /// <summary>One CSV record: fields separated by commas, a quoted field may hold commas and doubled quotes.</summary>
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private static string School(TempFolder temp)
    {
        var folder = Folder(temp, "school");
        Write(folder, "classes.csv", "class_id,name,grade_level,language,class_teacher_id", "7a,7А,7,kk,t002");
        Write(folder, "pupils.csv", "pupil_id,full_name,class_id,birth_date", "p1,Ахметов Нұрлан,7a,2013-03-01", "p2,Сейітова Айгерім,7a,2013-05-02");
        Write(
            folder,
            "subjects.csv",
            "subject_id,name_kk,name_ky,name_ru,name_en",
            "math,Математика,Математика,Математика,Mathematics",
            "hist,Қазақстан тарихы,Казакстан тарыхы,История Казахстана,History of Kazakhstan",
            "self,Өзін-өзі тану,Өзүн-өзү таануу,Самопознание,Self-knowledge");
        Write(folder, "staff.csv", "staff_id,full_name,language,roles", "t001,Директор Д.,kk,director", "t002,Мұғалім М.,kk,subject_teacher|class_teacher", "t003,Орынбасар О.,kk,deputy_director", "t004,Психолог П.,kk,psychologist");
        Write(folder, "teaching.csv", "class_id,subject_id,teacher_id,weekly_hours", "7a,math,t002,5", "7a,hist,t002,1", "7a,self,t002,1");
        Write(folder, "parents.csv", "parent_id,full_name,pupil_id,language,phone,email", "g1,Ахметова Г.,p1,kk,+7 700 000 00 01,g1@example.org", "g2,Сейітов Б.,p2,kk,+7 700 000 00 02,");
        Write(
            folder,
            "marks.csv",
            "pupil_id,subject_id,date,value,kind,max_points",
            "p1,math,2026-09-10,8,formative,", "p1,math,2026-09-24,6,formative,", "p1,math,2026-10-08,7,formative,",
            "p1,math,2026-09-18,12,unit_summative,15", "p1,math,2026-10-02,14,unit_summative,20", "p1,math,2026-10-20,18,term_summative,25",
            "p1,hist,2026-09-25,16,unit_summative,20", "p1,hist,2026-10-16,9,unit_summative,10",
            "p1,self,2026-09-15,9,formative,", "p1,self,2026-10-06,10,formative,",
            "p2,math,2026-09-18,4,unit_summative,15", "p2,math,2026-10-02,5,unit_summative,20");
        return Import(temp.File("school.db"), folder, "kz", "Test");
    }
}
