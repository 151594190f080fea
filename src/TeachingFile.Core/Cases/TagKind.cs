namespace TeachingFile.Core.Cases;

public enum TagKind
{
    Modality = 0,
    BodyPart = 1,
    AgeGroup = 2,
    Sex = 3,
    Topic = 4,
}
