# After `cdktf deploy r2-presigned-urls --outputs-file outputs.json --outputs-file-include-sensitive-outputs`:
# a pre-signed GET URL for one object, with the token's S3 credentials.
import json
import sys

import boto3
from botocore.config import Config


def presigned_url(outputs_file: str, key: str, expires_in: int = 3600) -> str:
    with open(outputs_file) as f:
        outputs = json.load(f)["r2-presigned-urls"]  # the stack
    credentials = outputs["r2-access-token"]  # the AccountApiToken's construct id

    s3 = boto3.client(
        "s3",
        endpoint_url=outputs["endpoint"],  # https://<ACCOUNT_ID>.r2.cloudflarestorage.com
        region_name="auto",
        aws_access_key_id=credentials["access_key_id"],
        aws_secret_access_key=credentials["secret_access_key"],
        config=Config(signature_version="s3v4"),
    )
    return s3.generate_presigned_url(
        "get_object",
        Params={"Bucket": outputs["bucket_name"], "Key": key},
        ExpiresIn=expires_in,  # URL expires in 1 hour
    )


if __name__ == "__main__":
    print("Pre-signed URL:", presigned_url("outputs.json", sys.argv[1] if len(sys.argv) > 1 else "path/to/file.pdf"))
