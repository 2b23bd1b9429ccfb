using System.Collections;
using System.Globalization;
using System.Reflection;
using InternalControl.Kernel.Concepts;
using InternalControl.Localization;

namespace InternalControl.Kernel.Tests.Concepts;

/// <summary>The concept constants and the vocabulary catalogs name the same concepts: one cannot drift from the other.</summary>
public sealed class ConceptIdsTests
{
    private static readonly Type[] ConceptClasses = [typeof(Kw), typeof(Fn), typeof(FieldId), typeof(TypeId), typeof(WfRole), typeof(WfType), typeof(WfUnit), typeof(WfDate)];

    [Fact]
    public void Constants_AndVocabularyKeys_AreTheSameSet()
    {
        // Arrange
        var constants = ConceptClasses
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

        // Act
        var keys = new[] { TextCatalog.Vocabulary, TextCatalog.WorkflowVocabulary }
            .SelectMany(c => Texts.Manager(c).GetResourceSet(CultureInfo.InvariantCulture, true, false)!.Cast<DictionaryEntry>())
            .Select(e => (string)e.Key)
            .ToHashSet(StringComparer.Ordinal);

        // Assert
        Assert.Empty(keys.Except(constants).Order(StringComparer.Ordinal));
        Assert.Empty(constants.Except(keys).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachConstant_IsNamedAfterItsConcept()
    {
        // Act
        var misnamed = ConceptClasses
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => !string.Equals(((string)f.GetRawConstantValue()!).Split('.')[1], f.Name, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Name);

        // Assert
        Assert.Empty(misnamed);
    }
}
