using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Localization;

namespace InternalControl.PolicyLanguage.Tests.Vocabularies;

public sealed class VocabularyTests
{
    [Fact]
    public void Concepts_EveryConcept_HasAWordInEveryLanguage()
    {
        // Arrange
        var vocabulary = Vocabulary.Default;

        // Act
        var missing = vocabulary.Concepts.SelectMany(c => Languages.All.Where(l => vocabulary.Words(c, l).Count == 0).Select(l => $"{c}/{l}")).ToList();

        // Assert
        Assert.Empty(missing);
    }

    [Fact]
    public void ConceptsOf_NoWord_IsBothAKeywordAndAnotherConcept()
    {
        // Arrange
        var vocabulary = Vocabulary.Default;

        // Act
        var clashes = vocabulary.Concepts
            .SelectMany(c => Languages.All.SelectMany(l => vocabulary.Words(c, l)))
            .Distinct()
            .Where(w => vocabulary.ConceptsOf(w).Count(Vocabulary.IsKeywordConcept) > 1
                || (vocabulary.ConceptsOf(w).Any(Vocabulary.IsKeywordConcept) && vocabulary.ConceptsOf(w).Any(c => !Vocabulary.IsKeywordConcept(c))))
            .ToList();

        // Assert
        Assert.Empty(clashes);
    }

    [Fact]
    public void Word_Synonyms_FirstIsCanonical()
    {
        // Act
        var words = Vocabulary.Default.Words("Kw.Then", InternalControl.Localization.Language.Ru);

        // Assert
        Assert.Equal(["тогда", "то"], words);
    }
}
