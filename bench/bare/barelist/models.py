from django.db import models


class Item(models.Model):
    title = models.CharField(max_length=200)
    description = models.TextField()

    class Meta:
        ordering = ["title"]
        app_label = "barelist"

    def __str__(self) -> str:
        return self.title
