namespace InternalControl.Kernel.Concepts;

/// <summary>
/// Fields of the fact types (pupil, mark, absence, ...). A concept id is the key of its words in the vocabulary catalogs
/// (Vocabulary.resx, WorkflowVocabulary.resx): the same in every language, so code names the concept, never a word.
/// </summary>
public static class FieldId
{
    /// <summary>class (Field.Class).</summary>
    public const string Class = "Field.Class";

    /// <summary>attested (Field.Attested).</summary>
    public const string Attested = "Field.Attested";

    /// <summary>category (Field.Category).</summary>
    public const string Category = "Field.Category";

    /// <summary>criterion (Field.Criterion).</summary>
    public const string Criterion = "Field.Criterion";

    /// <summary>date (Field.Date).</summary>
    public const string Date = "Field.Date";

    /// <summary>day_in_row (Field.DayInRow).</summary>
    public const string DayInRow = "Field.DayInRow";

    /// <summary>documented (Field.Documented): a document confirms the absence's reason (No. 97 6.2).</summary>
    public const string Documented = "Field.Documented";

    /// <summary>excuse (Field.Excuse).</summary>
    public const string Excuse = "Field.Excuse";

    /// <summary>excused (Field.Excused).</summary>
    public const string Excused = "Field.Excused";

    /// <summary>grade (Field.Grade).</summary>
    public const string Grade = "Field.Grade";

    /// <summary>id (Field.Id).</summary>
    public const string Id = "Field.Id";

    /// <summary>kind (Field.Kind).</summary>
    public const string Kind = "Field.Kind";

    /// <summary>lessons (Field.Lessons).</summary>
    public const string Lessons = "Field.Lessons";

    /// <summary>marked (Field.Marked): whether a class gets marks, as the import says: "yes", "no" or "" (left open).</summary>
    public const string Marked = "Field.Marked";

    /// <summary>max_points (Field.MaxPoints): the points a mark is out of (a summative's maximum, seed 001 R30).</summary>
    public const string MaxPoints = "Field.MaxPoints";

    /// <summary>name (Field.Name).</summary>
    public const string Name = "Field.Name";

    /// <summary>object (Field.Object).</summary>
    public const string Object = "Field.Object";

    /// <summary>percent (Field.Percent): a mark's points as a percent of its maximum.</summary>
    public const string Percent = "Field.Percent";

    /// <summary>pupil (Field.Pupil).</summary>
    public const string Pupil = "Field.Pupil";

    /// <summary>sheet (Field.Sheet).</summary>
    public const string Sheet = "Field.Sheet";

    /// <summary>subject (Field.Subject).</summary>
    public const string Subject = "Field.Subject";

    /// <summary>term (Field.Term).</summary>
    public const string Term = "Field.Term";

    /// <summary>manager (Field.Manager): the teacher heads the school or is a deputy director (seed 003 criterion 2, "басшылар").</summary>
    public const string Manager = "Field.Manager";

    /// <summary>trained (Field.Trained).</summary>
    public const string Trained = "Field.Trained";

    /// <summary>value (Field.Value).</summary>
    public const string Value = "Field.Value";
}
