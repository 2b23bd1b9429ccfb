using System.Globalization;
using System.Text.RegularExpressions;
using InternalControl.Application.Import;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Import;

/// <summary>Every key the importer reports or the CLI shows has its own text in kk, ky and ru.</summary>
public sealed partial class ImportTextsTests
{
    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var key in UsedKeys)
        {
            keys.Add(key);
        }

        foreach (var entity in ImportOutcome.Entities)
        {
            keys.Add(ImportOutcome.EntityKey(entity));
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Key_EveryReaderLanguage_HasItsOwnText(string key)
    {
        // Arrange
        var neutral = Texts.Template(key, CultureInfo.InvariantCulture);

        // Act
        var texts = new[] { "kk-KZ", "ky-KG", "ru-RU" }.Select(c => Texts.Template(key, CultureInfo.GetCultureInfo(c))).ToList();

        // Assert
        Assert.NotNull(neutral);
        Assert.All(texts, t => Assert.NotNull(t));
        if (Letters().IsMatch(neutral))
        {
            Assert.All(texts, t => Assert.NotEqual(neutral, t));
        }
    }

    private static readonly string[] UsedKeys =
    [
        "Import.Place.File", "Import.Place.Row", "Import.Place.Cell", "Import.FileUnreadable", "Import.FileNotUtf8",
        "Import.FileNotCsv", "Import.FileEmpty", "Import.MissingColumn", "Import.FieldCount", "Import.EmptyValue",
        "Import.NotANumber", "Import.OutOfRange", "Import.BadDate", "Import.UnknownLanguage", "Import.UnknownRole",
        "Import.UnknownMarkKind", "Import.UnknownExcuse", "Import.MarkOutOfRange", "Import.UnknownClass",
        "Import.UnknownStaff", "Import.UnknownPupil", "Import.UnknownSubject", "Import.PupilInTwoClasses",
        "Import.Duplicate", "Import.BadPhone", "Import.BadEmail", "Import.TooManyErrors", "Import.FolderMissing",
        "Import.NoFiles", "Import.Summary.Done", "Import.BadWeeklyHours", "Import.Summary.Count", "Import.Summary.Failed",
        "Contacts.Import.UnknownKind", "Contacts.Import.UnknownParent", "Contacts.Import.UnknownChannel",
        "Contacts.Import.BadTelegramChat", "Contacts.Import.SamePreference",
    ];

    [GeneratedRegex("[A-Za-z]{3}")]
    private static partial Regex Letters();
}
