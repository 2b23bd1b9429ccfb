using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Tests.Machine;

/// <summary>
/// A task form as the person completing it meets it: what it refuses (with the message they read, in two languages)
/// and how it keeps what it accepts. Today is 1 October 2026.
/// </summary>
public sealed class FormValidatorTests
{
    private static readonly DateOnly Today = new(2026, 10, 1);

    private const string Form = """
        workflow "form" version 1 key pupil
          step visit: task class_teacher
            field visits number
            field met_on date
            field note text
            field came yes_no
            field kind choice [home, school]
            field kinds choices [call, visit, letter]
            field signed yes_no required
            outcome done -> fin
            outcome skipped -> fin
          step fin: end "done"
        end
        """;

    private static readonly TaskStep Step = (TaskStep)MachineRig.Load(Form, "form", Today).Definition.RequireStep("visit");

    private static (string? Error, Dictionary<string, string> Normal) Check(string outcome, params string[] fields)
    {
        var error = FormValidator.Validate(Step, "form", outcome, Fields.Of(fields), Today, out var normal);
        return (error?.Message(Language.En), normal);
    }

    private static string? Russian(params string[] fields) =>
        FormValidator.Validate(Step, "form", "done", Fields.Of(fields), Today, out _)?.Message(Language.Ru);

    [Fact]
    public void Validate_AllFieldsGood_ComeBackNormalised()
    {
        // Act
        var (error, normal) = Check("done", "visits= 3 ", "met_on=2026-09-30", "note=called twice", "came=Ооба", "kind=home", "kinds=letter; call", "signed=нет");

        // Assert
        Assert.Null(error);
        Assert.Equal("3", normal["visits"]);
        Assert.Equal("2026-09-30", normal["met_on"]);
        Assert.Equal("called twice", normal["note"]);
        Assert.Equal("yes", normal["came"]);
        Assert.Equal("home", normal["kind"]);
        Assert.Equal("call,letter", normal["kinds"]);
        Assert.Equal("no", normal["signed"]);
    }

    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("TRUE", "yes")]
    [InlineData("да", "yes")]
    [InlineData("иә", "yes")]
    [InlineData("1", "yes")]
    [InlineData("No", "no")]
    [InlineData("false", "no")]
    [InlineData("жок", "no")]
    [InlineData("жоқ", "no")]
    [InlineData("0", "no")]
    public void Validate_YesNoInAnyLanguage_IsYesOrNo(string typed, string kept)
    {
        // Act
        var (error, normal) = Check("done", $"signed={typed}");

        // Assert
        Assert.Null(error);
        Assert.Equal(kept, normal["signed"]);
    }

    [Fact]
    public void Validate_YesNoOtherwise_Refused()
    {
        Assert.Equal("The field «signed» takes yes or no, not «maybe».", Check("done", "signed=maybe").Error);
        Assert.Equal("В поле «signed» допускается «да» или «нет», а не «maybe».", Russian("signed=maybe"));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("12", "12")]
    [InlineData("4.0", "4")]
    [InlineData("4,00", "4")]
    public void Validate_Count_KeptAsAWholeNumber(string typed, string kept)
    {
        Assert.Equal(kept, Check("done", $"visits={typed}", "signed=yes").Normal["visits"]);
    }

    [Fact]
    public void Validate_NotANumber_Refused()
    {
        Assert.Equal("«three» is not a number (field «visits»).", Check("done", "visits=three", "signed=yes").Error);
        Assert.Equal("«three» — не число (поле «visits»).", Russian("visits=three", "signed=yes"));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("0,5")]
    public void Validate_NegativeOrFractionalCount_Refused(string typed)
    {
        Assert.Equal($"«{typed}» is not a count: write a whole number, 0 or more (field «visits»).", Check("done", $"visits={typed}", "signed=yes").Error);
        Assert.Equal($"«{typed}» — не количество: укажите целое число, 0 или больше (поле «visits»).", Russian($"visits={typed}", "signed=yes"));
    }

    [Fact]
    public void Validate_NotADate_Refused()
    {
        Assert.Equal("«30.09.2026» is not a date written as YYYY-MM-DD (field «met_on»).", Check("done", "met_on=30.09.2026", "signed=yes").Error);
    }

    [Theory]
    [InlineData("2026-10-01")]
    [InlineData("2025-10-01")]
    public void Validate_DateFromAYearAgoToToday_Accepted(string day)
    {
        var (error, normal) = Check("done", $"met_on={day}", "signed=yes");
        Assert.Null(error);
        Assert.Equal(day, normal["met_on"]);
    }

    [Theory]
    [InlineData("2026-10-02")]
    [InlineData("2025-09-30")]
    [InlineData("2099-01-01")]
    public void Validate_DateInTheFutureOrLongAgo_Refused(string day)
    {
        Assert.Equal($"{day} is not a day from 2025-10-01 to 2026-10-01: the date records what has already happened (field «met_on»).", Check("done", $"met_on={day}", "signed=yes").Error);
        Assert.Equal($"{day} — не день с 2025-10-01 по 2026-10-01: дата отмечает то, что уже произошло (поле «met_on»).", Russian($"met_on={day}", "signed=yes"));
    }

    [Fact]
    public void Validate_TextWithAnEscape_Refused()
    {
        var error = Check("done", "note=a\u001b[31mred", "signed=yes").Error;
        Assert.NotNull(error);
        Assert.StartsWith("The text holds a control character (", error, StringComparison.Ordinal);
        Assert.EndsWith("at position 2) that cannot be shown (field «note»).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TextOverItsLimit_Refused()
    {
        var limit = Kernel.Text.TextLimits.Note;
        Assert.Equal($"The text is {limit + 1} characters long; at most {limit} are allowed (field «note»).", Check("done", "note=" + new string('a', limit + 1), "signed=yes").Error);
    }

    [Fact]
    public void Validate_TextWithLineBreaks_KeptWithNewlines()
    {
        Assert.Equal("line one\nline two", Check("done", "note=line one\r\nline two", "signed=yes").Normal["note"]);
    }

    [Fact]
    public void Validate_ChoiceNotAnOption_Refused()
    {
        Assert.Equal("«park» is not an option of the field «kind». Options: home, school.", Check("done", "kind=park", "signed=yes").Error);
    }

    [Theory]
    [InlineData("call, fax", "fax")]
    [InlineData(",", ",")]
    public void Validate_ChoicesWithAWrongOne_Refused(string typed, string wrong)
    {
        Assert.Equal($"«{wrong}» is not an option of the field «kinds». Options: call, visit, letter.", Check("done", $"kinds={typed}", "signed=yes").Error);
    }

    [Fact]
    public void Validate_UnknownOutcome_NamesTheOutcomes()
    {
        Assert.Equal("«lost» is not an outcome of the task «visit». Possible outcomes: done, skipped.", Check("lost", "signed=yes").Error);
    }

    [Fact]
    public void Validate_UnknownField_NamesTheFields()
    {
        Assert.Equal("The task «visit» has no field «colour». Fields: visits, met_on, note, came, kind, kinds, signed.", Check("done", "colour=red", "signed=yes").Error);
    }

    [Fact]
    public void Validate_RequiredFieldBlank_Refused()
    {
        // A value of spaces is no value.
        Assert.Equal("Fill in «signed» to complete the task «visit».", Check("done", "signed=  ", "visits=1").Error);
        Assert.Equal("Чтобы завершить задачу «visit», заполните поле «signed».", Russian("visits=1"));
    }

    [Fact]
    public void Validate_OptionalFieldBlank_IsLeftOut()
    {
        var (error, normal) = Check("done", "visits= ", "signed=yes");
        Assert.Null(error);
        Assert.False(normal.ContainsKey("visits"));
    }
}
